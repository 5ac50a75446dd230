const cache = require('./cache');

function warmUp(keys, cb) {
  cache.load(keys, (err, loaded) => {
    console.log('warm-up finished');
    cb(null, keys.length);
  });
}

module.exports = { warmUp };
