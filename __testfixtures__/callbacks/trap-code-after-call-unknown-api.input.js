const cache = require('./cache');

function warm(key, cb) {
  cache.load(key, (err, value) => {
    if (err) return cb(err);
    log('warmed', key);
    cb(null, value);
  });
  log('warming', key);
}

module.exports = { warm };
