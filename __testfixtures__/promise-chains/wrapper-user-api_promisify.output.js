const db = require('./db');

const { promisify } = require('util');

function getUser(id) {
  return promisify(db.getUser).call(db, id);
}

module.exports = { getUser };
