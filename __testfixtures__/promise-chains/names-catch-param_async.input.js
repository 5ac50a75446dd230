const db = require('./db');

async function recover(id) {
  try {
    await db.primary(id);
    return 'primary';
  } catch (e) {
    const id2 = await db.secondary(id).then((e) => e.id * 2);
    return 'secondary ' + id2 + ' after ' + e.message;
  }
}

module.exports = { recover };
