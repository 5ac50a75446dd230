const db = require('./db');

function getUser(id) {
  return new Promise((resolve, reject) => db.getUser(id, (err, user) => (err ? reject(err) : resolve(user))));
}

module.exports = { getUser };
