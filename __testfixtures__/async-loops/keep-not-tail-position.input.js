const db = require('./db');

function saveAll(items, cb) {
  function next(i) {
    if (i === items.length) return cb(null);
    db.save(items[i], (err) => {
      if (err) return cb(err);
      next(i + 1);
      console.log('saved', items[i]);
    });
  }
  next(0);
}

async function total(ids) {
  if (ids.length === 0) return 0;
  const row = await db.amount(ids[0]);
  return row.amount + (await total(ids.slice(1)));
}

module.exports = { saveAll, total };
