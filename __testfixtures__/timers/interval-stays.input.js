const db = require('./db');

async function startHeartbeat(id) {
  await db.register(id);
  setInterval(() => db.beat(id), 1000);
}

module.exports = { startHeartbeat };
