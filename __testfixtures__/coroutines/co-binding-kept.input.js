const co = require('co');
const db = require('./db');

const loadUser = co.wrap(function* (id) {
  return yield db.getUser(id);
});

const loadCount = co.wrap(function* () {
  const n = yield 3;
  return n;
});

module.exports = { loadUser, loadCount };
