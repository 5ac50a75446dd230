const db = require('./db');

const { promisify } = require('util');

async function countVisits(pageId) {
  let counter;

  try {
    counter = await promisify(db.getCounter).call(db, pageId);
  } catch {
    console.warn('counter unavailable for', pageId);
    return 0;
  }

  return counter.value;
}

module.exports = { countVisits };
