const legacy = require('./legacy');

const pending = [];

function load(key, callback) {
  pending.push({ key, callback });
  legacy.fetch(key, (err, value) => {
    const waiting = pending.splice(0);
    waiting.forEach((entry) => entry.callback(err, value));
  });
}

function loadLabel(key, cb) {
  load(key, (err, record) => {
    if (err) return cb(err);
    cb(null, record.from + '#' + record.id);
  });
}

module.exports = { loadLabel };
