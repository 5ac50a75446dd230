const co = require('co');
const db = require('./db');

// 'a-b' needs a made-up parameter name, which must not be value1, a key of its own.
const both = co.wrap(function* (id) {
  const r = yield { 'a-b': db.getUser(id), value1: db.getStats(id) };
  return r;
});

module.exports = { both };
