const legacy = require('./legacy');

const { promisify } = require('util');

async function load(key) {
  return promisify(legacy.fetch).call(legacy, key);
}

async function loadPair(a, b) {
  const first = await load(a);
  const second = await load(b);
  return [first, second];
}

module.exports = { loadPair, load };
