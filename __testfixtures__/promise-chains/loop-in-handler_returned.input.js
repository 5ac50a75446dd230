const db = require('./db');

function firstBig(id) {
  return db.getList(id).then((list) => {
    for (const n of [list.id, list.id * 2, list.id * 3]) {
      if (n > 3) return n;
      log('small', n);
    }
    return -1;
  });
}

module.exports = { firstBig };
