const db = require('./db');

const { promisify } = require('util');

async function find(id) {
  const row = await promisify(db.getUser).call(db, id);
  if (!row.active) {
    const e = new Error('inactive');
    e.code = 'INACTIVE';
    throw e;
  }
  return row;
}

module.exports = { find };
