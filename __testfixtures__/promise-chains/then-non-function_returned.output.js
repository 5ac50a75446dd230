const db = require('./db');

async function passThrough(id) {
  const user = await db.getUser(id);
  return user.id;
}

module.exports = { passThrough };
