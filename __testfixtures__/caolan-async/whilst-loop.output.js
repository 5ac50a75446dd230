const db = require('./db');
const { promisify } = require('util');

async function drain(queueName) {
  let remaining = 3;

  while (remaining > 0) {
    await promisify(db.pop).call(db, queueName, remaining);
    remaining -= 1;
  }

  log('drained', remaining);
}

module.exports = { drain };
