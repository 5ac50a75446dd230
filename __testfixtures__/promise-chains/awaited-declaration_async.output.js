const db = require('./db');

async function greet(id) {
  const user = await db.getUser(id);
  const name = await user.from;
  log('hello', name);
  return name.length;
}

module.exports = { greet };
