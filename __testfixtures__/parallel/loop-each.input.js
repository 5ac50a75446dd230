const cache = require('./cache');

async function warmAll(keys) {
  for (const key of keys) {
    await cache.load(key);
  }
  return keys.length;
}

module.exports = { warmAll };
