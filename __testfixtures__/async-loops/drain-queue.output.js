const db = require('./db');

const { promisify } = require('util');

async function drain(queue) {
  while (queue.length) {
    await promisify(db.handle).call(db, queue.shift());
  }
}

module.exports = { drain };
