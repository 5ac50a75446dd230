const db = require('./db');

function compare(user) {
  return db.getUser(user.id + 1).then((other) => {
    const user2 = 'second';
    return db.getUser(other.id).then((user) => user.id + ':' + user2);
  }).then((line) => line + ' vs ' + user.id);
}

module.exports = { compare };
