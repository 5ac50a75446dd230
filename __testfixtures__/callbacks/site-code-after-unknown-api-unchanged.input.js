const cache = require('./cache');

function prime(key, cb) {
  cache.fill(key, (err, entry) => {
    if (err) return cb(err);
    cb(null, entry.size);
  });
  console.log('priming', key);
}

module.exports = { prime };
