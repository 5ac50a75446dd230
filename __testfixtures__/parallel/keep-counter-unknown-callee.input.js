const pools = require('./pools');

function loadAll(ids, shard, cb) {
  const results = [];
  let pending = ids.length;
  let failed = false;
  if (pending === 0) return cb(null, results);
  ids.forEach((id, i) => {
    pools[shard].load(id, (err, item) => {
      if (failed) return;
      if (err) {
        failed = true;
        return cb(err);
      }
      results[i] = item;
      if (--pending === 0) cb(null, results);
    });
  });
}

module.exports = { loadAll };
