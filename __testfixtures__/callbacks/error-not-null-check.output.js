const kv = require('./kv');

const { promisify } = require('util');

async function readFlag(name) {
  const value = await promisify(kv.get).call(kv, 'flags:' + name);
  return value === 'on';
}

module.exports = { readFlag };
