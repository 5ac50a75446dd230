const db = require('./db');

async function either(id) {
  if (id > 1) {
    const user = await db.getBig(id);
    return user.from;
  }
  const user = await db.getSmall(id);
  return user.id;
}

module.exports = { either };
