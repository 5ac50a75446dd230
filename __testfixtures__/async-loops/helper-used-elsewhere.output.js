const db = require('./db');

const { promisify } = require('util');

// step() is also called on its own: it stays a function, its recursion becomes a loop.
async function step(i, items) {
  while (!(i >= items.length)) {
    await promisify(db.put).call(db, items[i]);
    i += 1;
  }

  return i;
}

async function putAll(items) {
  return step(0, items);
}

async function putRest(items) {
  return step(1, items);
}

module.exports = { putAll, putRest };
