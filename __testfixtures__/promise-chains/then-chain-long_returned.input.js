const db = require('./db');

function profileLine(id) {
  return db.getUser(id)
    .then((user) => db.getProfile(user.id))
    .then((profile) => db.getAvatar(profile.id))
    .then((avatar) => ({ avatar: avatar.from }))
    .then((result) => JSON.stringify(result));
}

module.exports = { profileLine };
