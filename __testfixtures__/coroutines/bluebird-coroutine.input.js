const Promise = require('bluebird');
const db = require('./db');

const rename = Promise.coroutine(function* (id, name) {
  const user = yield db.getUser(id);
  yield db.saveUser(user.id, name);
  return name;
});

module.exports = { rename };
