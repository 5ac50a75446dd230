const db = require('./db');

async function readAndClose(id) {
  let value;

  try {
    const handle = await db.open(id);
    value = handle.id * 2;
  } finally {
    await db.close(id);
  }

  try {
    await db.flush(id);
  } catch (err) {
    await db.report(err.message);
  }

  return value;
}

module.exports = { readAndClose };
