const db = require('./db');

function getProfile(id) {
  return db.getUser(id)
    .then((user) => db.getProfile(user.id))
    .then((profile) => profile.from)
    .catch((err) => {
      console.error('profile unavailable:', err.message);
      return null;
    });
}

module.exports = { getProfile };
