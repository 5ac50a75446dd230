const legacy = require('./legacy');

const { promisify } = require('util');
const loadAsync = promisify(load);

const pending = [];

function load(key, callback) {
  pending.push({ key, callback });
  legacy.fetch(key, (err, value) => {
    const waiting = pending.splice(0);
    waiting.forEach((entry) => entry.callback(err, value));
  });
}

async function loadLabel(key) {
  const record = await loadAsync(key);
  return record.from + '#' + record.id;
}

module.exports = { loadLabel };
