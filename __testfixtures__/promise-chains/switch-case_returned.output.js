const db = require('./db');

async function byKind(kind, id) {
  switch (kind) {
    case 'user':
      {
        const x2 = await db.getUser(id);
        return x2.from;
      }
    case 'order':
    default:
      {
        const x = await db.getOrder(id);
        return x.id * 10;
      }
  }
}

module.exports = { byKind };
