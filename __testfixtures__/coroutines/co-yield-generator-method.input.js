const co = require('co');
const db = require('./db');

// find and load are generator methods: co runs what they return, await would hand back a generator object.
const users = {
  *find(id) {
    const row = yield db.getUser(id);
    return row.id;
  },
};

class Repo {
  *load(id) {
    return yield db.getUser(id);
  }
}

function byName(id) {
  return co(function* () {
    return yield users.find(id);
  });
}

function byRepo(id) {
  return co(function* () {
    return yield new Repo().load(id);
  });
}

module.exports = { byName, byRepo };
