const db = require('./db');

const { setTimeout: sleep } = require('timers/promises');

async function sync(id) {
  const remote = await db.fetchRemote(id);
  if (remote.id === 0) {
    log('nothing to sync');
    await sleep(1000);
    log('retry later');
    return;
  }
  await db.store(remote.id);
}

module.exports = { sync };
