const db = require('./db');

async function closeAccount(id) {
  const account = await db.getAccount(id);
  await db.markClosed(account.id);
  log('closed', account.id);
  // give replicas a moment before the cleanup
  setTimeout(() => {
    log('cleaning up', account.id);
    db.cleanup(account.id);
  }, 100);
}

module.exports = { closeAccount };
