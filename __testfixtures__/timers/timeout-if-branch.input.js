const db = require('./db');

async function notify(id, urgent) {
  const user = await db.getUser(id);
  if (urgent) setTimeout(() => db.page(user.id), 5);
  else {
    log('queued for', user.id);
    setTimeout(() => {
      db.email(user.id);
    }, 500);
  }
}

module.exports = { notify };
