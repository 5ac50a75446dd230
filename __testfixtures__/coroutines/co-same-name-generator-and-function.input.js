const co = require('co');
const db = require('./db');

// Two functions named `rows`: the coroutine calls the generator (co runs it as a coroutine of its
// own); `await rows()` would hand back the generator object without running it.
function* rows(table) {
  return yield db.query(`select * from ${table}`);
}

function loadAll() {
  return co(function* () {
    const users = yield rows('users');
    return users.length;
  });
}

function report() {
  function rows(list) {
    return list.map((row) => row.id);
  }
  return rows([{ id: 1 }]);
}

module.exports = { loadAll, report };
