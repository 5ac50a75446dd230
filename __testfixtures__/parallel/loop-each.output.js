const cache = require('./cache');

async function warmAll(keys) {
  await Promise.all(Array.from(keys, async (key) => {
    await cache.load(key);
  }));

  return keys.length;
}

module.exports = { warmAll };
