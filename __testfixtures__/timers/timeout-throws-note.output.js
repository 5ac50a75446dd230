const db = require('./db');

const { setTimeout: sleep } = require('timers/promises');

async function watchdog(id) {
  const job = await db.startJob(id);
  await sleep(1000);
  if (job.id !== id) throw new Error('job was replaced');
  log('job still running', job.id);
}

module.exports = { watchdog };
