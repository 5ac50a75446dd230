const db = require('./db');

function byKind(kind, id) {
  switch (kind) {
    case 'user':
      return db.getUser(id).then((x) => x.from);
    case 'order':
    default:
      return db.getOrder(id).then((x) => x.id * 10);
  }
}

module.exports = { byKind };
