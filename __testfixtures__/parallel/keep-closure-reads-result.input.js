const db = require('./db');

async function greet(id) {
  const getName = async () => user.name;
  const user = await db.getUser(id);
  const name = await getName();
  return name;
}

module.exports = { greet };
