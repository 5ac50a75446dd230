const kv = require('./kv');

function readFlag(name, cb) {
  kv.get('flags:' + name, (err, value) => {
    if (err != null) return cb(err);
    cb(null, value === 'on');
  });
}

module.exports = { readFlag };
