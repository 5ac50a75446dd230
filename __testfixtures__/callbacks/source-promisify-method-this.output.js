const database = require('./database');

const { promisify } = require('util');

async function findUser(id) {
  const row = await promisify(database.get).call(database, 'SELECT * FROM users WHERE id = ?', id);
  return row || null;
}

module.exports = { findUser };
