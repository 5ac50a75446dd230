const db = require('./db');

async function recover(id) {
  try {
    await db.primary(id);
    return 'primary';
  } catch (e) {
    const e2 = await db.secondary(id);
    const id2 = e2.id * 2;
    return 'secondary ' + id2 + ' after ' + e.message;
  }
}

module.exports = { recover };
