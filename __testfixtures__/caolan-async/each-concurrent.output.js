const db = require('./db');
const { promisify } = require('util');

async function touchAll(ids) {
  await Promise.all(ids.map(async (id) => {
    await promisify(db.touch).call(db, id);
    log('touched', id);
  }));
  log('all touched');
}

module.exports = { touchAll };
