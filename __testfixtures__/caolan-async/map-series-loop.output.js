const db = require('./db');
const { promisify } = require('util');

async function versions(ids) {
  const found = [];

  for (const id of ids) {
    const version = await promisify(db.getVersion).call(db, id);
    found.push(version.id);
  }

  return found;
}

module.exports = { versions };
