const db = require('./db');

// Each iteration deletes from an object declared outside the loop: a later item's load may
// see what an earlier iteration removed, so the iterations stay in order.
async function refreshAll(ids, cache) {
  for (const id of ids) {
    delete cache[id];
    await db.load(id);
  }
}

module.exports = { refreshAll };
