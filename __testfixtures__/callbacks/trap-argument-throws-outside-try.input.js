const fs = require('fs');

// `opts.path.trim()` throws before readFile starts when there is no path: that error never reached
// the callback's error branch, so it must not reach the catch block either.
async function loadConfig(opts) {
  fs.readFile(opts.path.trim(), 'utf8', (err, text) => {
    if (err) {
      log('using defaults');
      return;
    }
    log(JSON.parse(text).name);
  });
}

module.exports = { loadConfig };
