const db = require('./db');
const { promisify } = require('util');

async function nightly(ids) {
  await promisify(db.backup).call(db);

  for (const id of ids) {
    await promisify(db.vacuum).call(db, id);
  }

  log('nightly done');
}

module.exports = { nightly };
