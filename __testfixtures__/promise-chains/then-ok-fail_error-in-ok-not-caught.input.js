const db = require('./db');

function checked(id) {
  return db.getUser(id).then(
    (user) => {
      if (user.id > 2) throw new Error('too big: ' + user.id);
      return user.id;
    },
    (err) => {
      log('lookup failed', err.message);
      return -1;
    },
  );
}

module.exports = { checked };
