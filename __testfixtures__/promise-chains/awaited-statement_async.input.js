const db = require('./db');

async function touch(id) {
  log('start');
  await db.getUser(id).then((user) => db.touch(user.id));
  log('done');
  return id;
}

module.exports = { touch };
