const db = require('./db');

// Already async, written as recursion: polls until the job is finished.
async function waitUntilDone(id, polls) {
  while (true) {
    const job = await db.status(id, polls);
    if (job.done) return job;
    if (polls === 0) throw new Error('gave up waiting for ' + id);
    polls -= 1;
  }
}

module.exports = { waitUntilDone };
