const db = require('./db');

function refresh(id) {
  return (async (key, retries) => {
    const entry = await db.getEntry(key);
    log('refreshed', entry.id, 'with', retries, 'retries');
    return entry;
  })(id, 3);
}

module.exports = { refresh };
