const db = require('./db');

function flush() {
  log('flushing');
  db.flush('all');
}

async function record(event) {
  await db.append(event);
  setTimeout(flush, 20);
}

module.exports = { record };
