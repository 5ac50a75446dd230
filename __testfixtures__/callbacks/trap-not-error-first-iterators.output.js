const db = require('./db');

const { promisify } = require('util');

async function saveAll(items) {
  items.forEach((e) => log('saving', e.id));
  const valid = items.filter((e) => e.id);
  const ids = valid.map((e) => e.id);
  const first = items.find((e) => e.id);
  await promisify(db.saveMany).call(db, ids);
  return { saved: ids.length, first: first && first.id };
}

module.exports = { saveAll };
