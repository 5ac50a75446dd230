const db = require('./db');

async function fireAndForget(id) {
  db.getUser(id).then((user) => log('loaded', user.id));
  log('returned first');
}

module.exports = { fireAndForget };
