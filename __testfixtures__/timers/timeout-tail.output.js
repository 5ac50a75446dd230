const db = require('./db');

const { setTimeout: sleep } = require('timers/promises');

async function closeAccount(id) {
  const account = await db.getAccount(id);
  await db.markClosed(account.id);
  log('closed', account.id);

  // give replicas a moment before the cleanup
  await sleep(100);

  log('cleaning up', account.id);
  db.cleanup(account.id);
}

module.exports = { closeAccount };
