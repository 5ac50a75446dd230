const db = require('./db');

const { setTimeout: sleep } = require('timers/promises');

async function notify(id, urgent) {
  const user = await db.getUser(id);
  if (urgent) {
    await sleep(5);
    db.page(user.id);
  } else {
    log('queued for', user.id);
    await sleep(500);
    db.email(user.id);
  }
}

module.exports = { notify };
