const db = require('./db');

function middle(id) {
  return db.getUser(id)
    .then((user) => {
      if (user.id === 1) return 'one';
      return db.getName(user.id);
    })
    .then((name) => 'name: ' + name);
}

module.exports = { middle };
