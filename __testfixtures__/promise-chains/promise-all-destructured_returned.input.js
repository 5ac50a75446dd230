const db = require('./db');

function pair(id) {
  return Promise.all([db.getUser(id), db.getAccount(id)]).then(([user, account]) => ({
    user: user.from,
    account: account.from,
  }));
}

module.exports = { pair };
