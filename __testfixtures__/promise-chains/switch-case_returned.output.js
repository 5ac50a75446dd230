const db = require('./db');

async function byKind(kind, id) {
  switch (kind) {
    case 'user':
      {
        const x = await db.getUser(id);
        return x.from;
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
