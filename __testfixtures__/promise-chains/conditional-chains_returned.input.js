const db = require('./db');

function either(id) {
  if (id > 1) {
    return db.getBig(id).then((big) => big.from);
  }
  return db.getSmall(id).then((small) => small.id);
}

module.exports = { either };
