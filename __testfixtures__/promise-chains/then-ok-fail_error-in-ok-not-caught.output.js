const db = require('./db');

async function checked(id) {
  let user;

  try {
    user = await db.getUser(id);
  } catch (err) {
    log('lookup failed', err.message);
    return -1;
  }

  if (user.id > 2) throw new Error('too big: ' + user.id);
  return user.id;
}

module.exports = { checked };
