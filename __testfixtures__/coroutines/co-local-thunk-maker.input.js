const co = require('co');
const fs = require('fs');

// read() returns a thunk: co calls it with a callback, await would hand back the function.
function read(file) {
  return function (cb) {
    fs.readFile(file, 'utf8', cb);
  };
}

function loadConfig() {
  return co(function* () {
    const text = yield read('config.json');
    return JSON.parse(text);
  });
}

module.exports = { loadConfig };
