const cache = require('./cache');

async function warm(a, b) {
  await Promise.all([cache.load(a), cache.load(b)]);
  return true;
}

module.exports = { warm };
