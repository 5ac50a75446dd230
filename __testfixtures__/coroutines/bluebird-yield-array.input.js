const Bluebird = require('bluebird');
const db = require('./db');

const loadPair = Bluebird.coroutine(function* (a, b) {
  const users = yield [db.getUser(a), db.getUser(b)];
  return users;
});

module.exports = { loadPair };
