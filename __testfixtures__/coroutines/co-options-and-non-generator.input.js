const co = require('co');
const Bluebird = require('bluebird');
const db = require('./db');

const load = Bluebird.coroutine(function* (id) {
  return yield db.getUser(id);
}, { yieldHandler: (value) => value });

const direct = co(function () {
  return db.getUser(1);
});

module.exports = { load, direct };
