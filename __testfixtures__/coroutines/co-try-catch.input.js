const co = require('co');
const db = require('./db');

const safeLoad = co.wrap(function* (id) {
  try {
    const user = yield db.getUser(id);
    return user.id;
  } catch (err) {
    log('load failed:', err.message);
    const fallback = yield db.getGuest(id);
    return fallback.id;
  } finally {
    log('done', id);
  }
});

module.exports = { safeLoad };
