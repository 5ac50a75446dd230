const fs = require('fs');

// fs.readFile never calls back at once, so neither does lookup: 'after' was always logged
// first, and the lift keeps that by starting the read before it.
function lookup(id, cb) {
  fs.readFile(id, 'utf8', cb);
}

async function show(id) {
  lookup(id, (err, value) => {
    if (err) throw err;
    log('value ' + value);
  });
  log('after');
}

module.exports = { show };
