const db = require('./db');

async function route(id) {
  try {
    const user = await db.getUser(id);
    if (user.id % 2 === 0) return await db.getEven(user.id);
    else return await db.getOdd(user.id);
  } catch (err) {
    return 'failed: ' + err.message;
  }
}

module.exports = { route };
