const db = require('./db');

async function lookup(id) {
  let user;

  try {
    user = await db.getUser(id);
  } catch (err) {
    return 'missing ' + err.message;
  }

  return user.from;
}

module.exports = { lookup };
