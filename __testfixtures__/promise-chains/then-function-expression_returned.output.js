const db = require('./db');

async function titles(id) {
  const list = await db.getList(id);
  const pair = [list.from, list.id];
  return pair.join('/');
}

module.exports = { titles };
