const cache = require('./cache');

async function warm(a, b) {
  await cache.load(a);
  await cache.load(b);
  return true;
}

module.exports = { warm };
