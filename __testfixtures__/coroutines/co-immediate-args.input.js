const co = require('co');
const db = require('./db');

function refresh(id) {
  return co(
    function* (key, retries) {
      const entry = yield db.getEntry(key);
      log('refreshed', entry.id, 'with', retries, 'retries');
      return entry;
    },
    id,
    3,
  );
}

module.exports = { refresh };
