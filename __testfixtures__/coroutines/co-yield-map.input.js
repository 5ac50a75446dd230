const co = require('co');
const db = require('./db');

// co resolves the array .map returns, element by element.
function loadAll(ids) {
  return co(function* () {
    const users = yield ids.map((id) => db.getUser(id));
    return users.map((user) => user.id);
  });
}

module.exports = { loadAll };
