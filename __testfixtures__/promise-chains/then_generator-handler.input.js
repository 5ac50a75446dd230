const db = require('./db');

function gen(id) {
  return db.getUser(id).then(function* (user) {
    yield user;
  });
}

module.exports = { gen };
