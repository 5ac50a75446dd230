const db = require('./db');

async function withVar(id) {
  var total = 0;
  const user = await db.getUser(id);
  var total2 = user.id * 3;
  const n = await total2;
  return n + total;
}

module.exports = { withVar };
