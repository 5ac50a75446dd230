const db = require('./db');

const { promisify } = require('util');

async function loadAll(ids) {
  const rows = [];

  for (let i = 0; !(i >= ids.length); i++) {
    const row = await promisify(db.load).call(db, ids[i]);
    rows.push(row);
  }

  return rows;
}

module.exports = { loadAll };
