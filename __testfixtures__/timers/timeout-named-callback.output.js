const db = require('./db');

const { setTimeout: sleep } = require('timers/promises');

function flush() {
  log('flushing');
  db.flush('all');
}

async function record(event) {
  await db.append(event);
  await sleep(20);
  flush();
}

module.exports = { record };
