const co = require('co');
const db = require('./db');

// `yield a || b` yields the value of `a || b`: co rejects a plain value, await would pass it.
function pick(cache, id) {
  return co(function* () {
    const user = yield cache[id] || db.getUser(id);
    return user;
  });
}

module.exports = { pick };
