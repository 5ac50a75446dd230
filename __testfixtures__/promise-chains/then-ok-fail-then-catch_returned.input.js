const db = require('./db');

function layered(id) {
  return db.getUser(id)
    .then(
      (user) => {
        if (user.id === 3) throw new Error('ok handler failed');
        return user.from;
      },
      (err) => 'recovered ' + err.message,
    )
    .catch((err) => 'outer caught ' + err.message);
}

module.exports = { layered };
