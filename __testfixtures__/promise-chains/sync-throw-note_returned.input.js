const db = require('./db');

function load(id) {
  if (typeof id !== 'number') throw new TypeError('id must be a number');
  return db.getUser(id).then((user) => user.from);
}

module.exports = { load };
