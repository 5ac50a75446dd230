const db = require('./db');
const { promisify } = require('util');

async function overview(id) {
  const results = {};

  await Promise.all([
    (async () => {
      results.slow = await promisify(db.getHistory).call(db, id);
    })(),
    (async () => {
      const user = await promisify(db.getUser).call(db, id);
      results.fast = user.id;
    })(),
  ]);

  log('keys', Object.keys(results).join());
  return results;
}

module.exports = { overview };
