const db = require('./db');

async function sync(id) {
  const remote = await db.fetchRemote(id);
  if (remote.id === 0) {
    log('nothing to sync');
    setTimeout(() => log('retry later'), 1000);
    return;
  }
  await db.store(remote.id);
}

module.exports = { sync };
