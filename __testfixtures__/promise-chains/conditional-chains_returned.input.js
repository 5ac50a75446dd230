const db = require('./db');

function either(id) {
  if (id > 1) {
    return db.getBig(id).then((user) => user.from);
  }
  return db.getSmall(id).then((user) => user.id);
}

module.exports = { either };
