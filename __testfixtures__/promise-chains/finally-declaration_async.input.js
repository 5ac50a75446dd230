const db = require('./db');

async function readAndClose(id) {
  const value = await db.open(id)
    .then((handle) => handle.id * 2)
    .finally(() => db.close(id));
  await db.flush(id).catch((err) => db.report(err.message));
  return value;
}

module.exports = { readAndClose };
