const db = require('./db');

function passThrough(id) {
  return db.getUser(id).then(42).then(undefined).then((user) => user.id);
}

module.exports = { passThrough };
