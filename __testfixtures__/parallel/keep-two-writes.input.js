const db = require('./db');
const mailer = require('./mailer');

async function register(id, email) {
  await db.insertUser(id);
  await mailer.sendWelcome(email);
  return id;
}

module.exports = { register };
