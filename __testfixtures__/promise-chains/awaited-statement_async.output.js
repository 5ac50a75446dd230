const db = require('./db');

async function touch(id) {
  log('start');
  const user = await db.getUser(id);
  await db.touch(user.id);
  log('done');
  return id;
}

module.exports = { touch };
