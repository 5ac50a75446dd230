const co = require('co');
const db = require('./db');

const loadPair = co.wrap(function* (a, b) {
  const [first, second] = yield [db.getUser(a), db.getUser(b)];
  log('both loaded');
  return [first.id, second.id];
});

module.exports = { loadPair };
