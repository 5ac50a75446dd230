const co = require('co');
const db = require('./db');

// Each element is an object holding a promise: co resolves it, Promise.all would leave it pending.
function pairs() {
  return co(function* () {
    const rows = yield [1, 2].map((id) => ({ user: db.getUser(id), n: id }));
    return rows;
  });
}

function lists() {
  return co(function* () {
    return yield [1, 2].map((id) => {
      return [db.getUser(id), db.getStats(id)];
    });
  });
}

module.exports = { pairs, lists };
