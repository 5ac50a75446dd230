const db = require('./db');

const { promisify } = require('util');
/** Calls `iteratee` on each item, at most `limit` at a time; results in item order. The first error rejects and starts nothing new. */
async function mapLimit(items, limit, iteratee) {
  if (limit <= 0) throw new RangeError('concurrency limit cannot be less than 1');
  const results = [];
  let next = 0;
  let failed = false;
  const work = async () => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await iteratee(items[index]);
      } catch (err) {
        failed = true;
        throw err;
      }
    }
  };
  const workers = [];
  for (let i = 0; i < Math.min(limit, items.length); i++) workers.push(work());
  await Promise.all(workers);
  return results;
}

async function thumbnails(ids) {
  return mapLimit(ids, 3, async (id) => {
    const thumb = await promisify(db.thumbnail).call(db, id);
    return thumb.id;
  });
}

module.exports = { thumbnails };
