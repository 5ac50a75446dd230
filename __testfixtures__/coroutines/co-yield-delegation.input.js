const co = require('co');
const db = require('./db');

function* loadUser(id) {
  return yield db.getUser(id);
}

const loadTwo = co.wrap(function* (a, b) {
  const first = yield* loadUser(a);
  const second = yield loadUser(b);
  return [first, second];
});

module.exports = { loadTwo };
