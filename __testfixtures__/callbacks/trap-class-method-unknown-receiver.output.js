const db = require('./db');

const { promisify } = require('util');

class Repo {
  find(id, cb) {
    db.get(id, cb);
  }
}

const repo = new Repo();

// `source` may be a Repo or anything else with a find method.
async function lookup(source, id) {
  const row = await promisify(source.find).call(source, id);
  return row;
}

async function lookupDefault(id) {
  return lookup(repo, id);
}

module.exports = { lookupDefault };
