const co = require('co');
const Bluebird = require('bluebird');
const db = require('./db');

// Bluebird.map and a Bluebird promise's .map give a promise: Promise.all of it would reject.
function viaBluebird(ids) {
  return co(function* () {
    return yield Bluebird.map(ids, (id) => db.getUser(id));
  });
}

function viaChain() {
  return co(function* () {
    return yield Bluebird.resolve([1, 2]).map((id) => db.getUser(id));
  });
}

module.exports = { viaBluebird, viaChain };
