const db = require('./db');

const { promisify } = require('util');

async function requireAccount(email) {
  let account;

  try {
    account = await promisify(db.findAccount).call(db, email);
  } catch {
    throw new Error('account lookup failed');
  }

  return account;
}

module.exports = { requireAccount };
