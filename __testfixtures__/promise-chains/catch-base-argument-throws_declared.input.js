const db = require('./db');

// `key.trim()` throws before the lookup starts when there is no key: no handler was attached yet,
// so the error went to the caller. The call starts before the try, and it still does.
async function findName(key) {
  const name = await db.getUser(key.trim())
    .then((user) => user.from)
    .catch(() => 'anonymous');
  return name;
}

module.exports = { findName };
