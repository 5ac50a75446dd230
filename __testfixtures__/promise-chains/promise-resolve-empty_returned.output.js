const db = require('./db');

async function later(id) {
  log('before', id);
  await Promise.resolve();
  log('handler', id);
  return db.getUser(id);
}

module.exports = { later };
