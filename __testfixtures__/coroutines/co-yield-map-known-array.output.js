const db = require('./db');

const ids = [1, 2];

// Receivers known to be arrays: a literal, a name declared with one, Object.keys(…).
function loadAll(byId) {
  return (async () => {
    const fixed = await Promise.all([3, 4].map((id) => db.getUser(id)));
    const named = await Promise.all(ids.map((id) => db.getUser(id)));
    const keyed = await Promise.all(Object.keys(byId).map((key) => db.getUser(key)));
    return [fixed, named, keyed].map((users) => users.length);
  })();
}

module.exports = { loadAll };
