const db = require('./db');

const { promisify } = require('util');

async function countdown(n) {
  while (n !== 0) {
    await promisify(db.tick).call(db, n);
    n -= 1;
  }

  return 'liftoff';
}

module.exports = { countdown };
