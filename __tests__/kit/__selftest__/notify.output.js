// Async conversion.
const db = require('./db');

async function loadUser(id, onProgress) {
  onProgress('loading');
  const user = await db.getUser(id);
  return onProgress('loaded') ? user : null;
}

module.exports = { loadUser };
