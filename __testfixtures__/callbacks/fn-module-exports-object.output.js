const db = require('./db');

const { promisify } = require('util');

async function load(id) {
  const row = await promisify(db.get).call(db, id);
  return row;
}

async function remove(id) {
  await promisify(db.del).call(db, id);
}

module.exports = { load, remove };
