const db = require('./db');

// co resolves the array .map returns, element by element.
function loadAll(ids) {
  return (async () => {
    const users = await Promise.all(await ids.map((id) => db.getUser(id)));
    return users.map((user) => user.id);
  })();
}

module.exports = { loadAll };
