const db = require('./db');

class Repo {
  find(id, cb) {
    db.get(id, cb);
  }
}

const repo = new Repo();

// `source` may be a Repo or anything else with a find method.
function lookup(source, id, cb) {
  source.find(id, (err, row) => {
    if (err) return cb(err);
    cb(null, row);
  });
}

function lookupDefault(id, cb) {
  lookup(repo, id, cb);
}

module.exports = { lookupDefault };
