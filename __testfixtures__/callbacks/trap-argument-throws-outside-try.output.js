const fsPromises = require('fs/promises');

// `opts.path.trim()` throws before readFile starts when there is no path: that error never reached
// the callback's error branch, so it must not reach the catch block either.
async function loadConfig(opts) {
  const textPromise = fsPromises.readFile(opts.path.trim(), 'utf8');
  let text;

  try {
    text = await textPromise;
  } catch {
    log('using defaults');
    return;
  }

  log(JSON.parse(text).name);
}

module.exports = { loadConfig };
