const db = require('./db');

async function watchdog(id) {
  const job = await db.startJob(id);
  setTimeout(() => {
    if (job.id !== id) throw new Error('job was replaced');
    log('job still running', job.id);
  }, 1000);
}

module.exports = { watchdog };
