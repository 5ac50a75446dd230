const db = require('./db');

// Promise.all does what its promises do: here, inserts the list must wait for.
async function insertAndList(items) {
  await Promise.all(items.map((item) => db.insert(item)));
  const rows = await db.listRows();
  return rows;
}

module.exports = { insertAndList };
