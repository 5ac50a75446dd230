const db = require('./db');

function both(a, b) {
  return Promise.race([db.getUser(a).then((u) => u.id), db.getUser(b)]);
}

module.exports = { both };
