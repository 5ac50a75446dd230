const co = require('co');
const db = require('./db');

// fetchAll returns an array of promises: co resolves each, await would hand the array back.
function fetchAll(ids) {
  return ids.map((id) => db.getUser(id));
}

const both = (id) => ({ user: db.getUser(id), stats: db.getStats(id) });

function load(ids) {
  return co(function* () {
    const rows = yield fetchAll(ids);
    return rows.length;
  });
}

function summary(id) {
  return co(function* () {
    return yield both(id);
  });
}

module.exports = { load, summary };
