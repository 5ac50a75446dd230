const cache = require('./cache');

// cache.get may call back at once (a hit), so lookup may too: log('after') can run after the
// callback. Starting the promise, logging, then awaiting would always log 'after' first.
function lookup(id, cb) {
  cache.get(id, cb);
}

async function show(id) {
  lookup(id, (err, value) => {
    if (err) throw err;
    log('value ' + value);
  });
  log('after');
}

module.exports = { show };
