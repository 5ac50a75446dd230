const db = require('./db');

const { promisify } = require('util');

// Copies until the first missing page; reports how far it got.
async function copyPages(pages) {
  var copied = 0;

  while (!(copied >= pages.length)) {
    const ok = await promisify(db.copy).call(db, pages[copied]);
    if (!ok.id) return copied;
    copied++;
  }

  return copied;
}

module.exports = { copyPages };
