const db = require('./db');

function lookup(id) {
  return db.getUser(id).then(
    (user) => user.from,
    (err) => 'missing ' + err.message,
  );
}

module.exports = { lookup };
