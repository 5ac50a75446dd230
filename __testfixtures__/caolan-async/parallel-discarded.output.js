const db = require('./db');
const { promisify } = require('util');

async function warmUp(ids) {
  await Promise.all([
    promisify(db.prime).call(db, ids[0]),
    promisify(db.prime).call(db, ids[1]),
  ]);
  log('warm');
}

module.exports = { warmUp };
