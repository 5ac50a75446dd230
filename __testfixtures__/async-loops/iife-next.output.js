const db = require('./db');

const { promisify } = require('util');

async function processAll(items) {
  var i = 0;

  while (!(i >= items.length)) {
    await promisify(db.work).call(db, items[i++]);
  }
}

module.exports = { processAll };
