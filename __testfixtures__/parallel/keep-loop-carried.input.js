const db = require('./db');

async function chain(ids) {
  let previous = null;
  for (const id of ids) {
    previous = await db.getNext(id, previous);
  }
  return previous;
}

module.exports = { chain };
