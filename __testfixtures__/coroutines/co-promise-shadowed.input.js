const co = require('co');
const Promise = require('./my-promise');
const db = require('./db');

const loadBoth = co.wrap(function* (a, b) {
  return yield [db.getUser(a), db.getUser(b)];
});

module.exports = { loadBoth };
