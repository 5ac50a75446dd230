const co = require('co');
const Bluebird = require('bluebird');
const db = require('./db');

// Called without an argument, both wrappers threw the TypeError at the call.
const load = co.wrap(function* ({ id }) {
  return yield db.getUser(id);
});

const save = Bluebird.coroutine(function* (user, opts = db.defaults()) {
  return yield db.save(user, opts);
});

module.exports = { load, save };
