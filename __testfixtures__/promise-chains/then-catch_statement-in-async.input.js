const db = require('./db');

async function audit(id) {
  await db.getUser(id)
    .then((user) => db.audit(user.id))
    .catch((err) => {
      log('audit failed', err.message);
    });
  log('after audit');
}

module.exports = { audit };
