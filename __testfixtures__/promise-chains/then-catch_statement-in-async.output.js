const db = require('./db');

async function audit(id) {
  try {
    const user = await db.getUser(id);
    await db.audit(user.id);
  } catch (err) {
    log('audit failed', err.message);
  }

  log('after audit');
}

module.exports = { audit };
