const fsPromises = require('fs/promises');

// fs.readFile never calls back at once, so neither does lookup: 'after' was always logged
// first, and the lift keeps that by starting the read before it.
async function lookup(id) {
  return fsPromises.readFile(id, 'utf8');
}

async function show(id) {
  const valuePromise = lookup(id);
  log('after');
  const value = await valuePromise;
  log('value ' + value);
}

module.exports = { show };
