const co = require('co');
const db = require('./db');

const total = co.wrap(function* (id) {
  const user = yield db.getUser(id);
  const bonus = yield 5;
  return user.id + bonus;
});

module.exports = { total };
