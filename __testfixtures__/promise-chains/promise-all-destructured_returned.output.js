const db = require('./db');

async function pair(id) {
  const [user, account] = await Promise.all([db.getUser(id), db.getAccount(id)]);

  return {
    user: user.from,
    account: account.from,
  };
}

module.exports = { pair };
