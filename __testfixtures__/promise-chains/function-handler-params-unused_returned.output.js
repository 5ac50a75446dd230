const db = require('./db');

async function ping(id) {
  await db.ping(id);
  return 'pong ' + id;
}

module.exports = { ping };
