const co = require('co');
const db = require('./db');

// ps holds an array: co resolves its promises, await would hand the array back.
function both() {
  return co(function* () {
    const ps = [db.getUser(1), db.getUser(2)];
    const users = yield ps;
    return users.length;
  });
}

module.exports = { both };
