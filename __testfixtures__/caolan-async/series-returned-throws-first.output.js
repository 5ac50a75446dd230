const db = require('./db');
const { promisify } = require('util');

async function loadAll(ids) {
  if (!Array.isArray(ids)) throw new TypeError('ids must be an array');
  const results = [];

  for (const id of ids) {
    results.push(await promisify(db.getUser).call(db, id));
  }

  return results;
}

module.exports = { loadAll };
