const db = require('./db');

async function greet(id) {
  const name = await db.getUser(id).then((user) => user.from);
  log('hello', name);
  return name.length;
}

module.exports = { greet };
