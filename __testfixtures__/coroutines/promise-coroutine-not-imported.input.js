const db = require('./db');

const load = Promise.coroutine(function* (id) {
  return yield db.getUser(id);
});

module.exports = { load };
