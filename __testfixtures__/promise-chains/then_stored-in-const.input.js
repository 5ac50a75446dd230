const db = require('./db');

async function later(id) {
  const pending = db.getUser(id).then((user) => user.from);
  log('between');
  return pending;
}

module.exports = { later };
