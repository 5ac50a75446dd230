const db = require('./db');

function co(gen) {
  const it = gen();
  return it.next().value;
}

function first(id) {
  return co(function* () {
    yield db.getUser(id);
  });
}

module.exports = { first };
