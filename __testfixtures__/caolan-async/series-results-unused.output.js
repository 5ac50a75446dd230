const db = require('./db');
const { promisify } = require('util');

async function migrate(id) {
  await promisify(db.lock).call(db, id);
  log('locked', id);
  await promisify(db.copy).call(db, id);
  log('copied', id);
  await promisify(db.unlock).call(db, id);
  log('migrated', id);
}

module.exports = { migrate };
