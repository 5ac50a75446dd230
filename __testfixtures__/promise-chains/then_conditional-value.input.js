const db = require('./db');

function pickSource(id, fast) {
  return fast ? db.cache(id).then((c) => c.from) : db.getUser(id).then((u) => u.from);
}

module.exports = { pickSource };
