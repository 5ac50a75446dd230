const co = require('co');
const db = require('./db');

const ids = [1, 2];

// Receivers known to be arrays: a literal, a name declared with one, Object.keys(…).
function loadAll(byId) {
  return co(function* () {
    const fixed = yield [3, 4].map((id) => db.getUser(id));
    const named = yield ids.map((id) => db.getUser(id));
    const keyed = yield Object.keys(byId).map((key) => db.getUser(key));
    return [fixed, named, keyed].map((users) => users.length);
  });
}

module.exports = { loadAll };
