const db = require('./db');

const { promisify } = require('util');

function loadAll(ids, cb) {
  if (ids.length === 0)
    return cb(null, []);
  Promise.all(Array.from(ids, (id, i) => promisify(db.load).call(db, id)))
    .then((results) => cb(null, results), (err) => cb(err))
    .catch((thrown) => process.nextTick(() => { throw thrown; }));
}

module.exports = { loadAll };
