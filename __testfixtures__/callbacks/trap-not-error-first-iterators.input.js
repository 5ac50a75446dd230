const db = require('./db');

function saveAll(items, cb) {
  items.forEach((e) => log('saving', e.id));
  const valid = items.filter((e) => e.id);
  const ids = valid.map((e) => e.id);
  const first = items.find((e) => e.id);
  db.saveMany(ids, (err) => {
    if (err) return cb(err);
    cb(null, { saved: ids.length, first: first && first.id });
  });
}

module.exports = { saveAll };
