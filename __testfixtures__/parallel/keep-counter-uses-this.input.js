const store = {
  db: require('./db'),
  loadAll(ids, cb) {
    const results = [];
    let pending = ids.length;
    let failed = false;
    if (pending === 0) return cb(null, results);
    ids.forEach(function (id, i) {
      (this || store).db.load(id, (err, item) => {
        if (failed) return;
        if (err) {
          failed = true;
          return cb(err);
        }
        results[i] = item;
        if (--pending === 0) cb(null, results);
      });
    });
  },
};

module.exports = store;
