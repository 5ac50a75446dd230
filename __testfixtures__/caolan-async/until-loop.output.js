const db = require('./db');
const { promisify } = require('util');

async function waitReady(id) {
  let polls = 0;

  while (!(polls >= 2)) {
    polls += 1;
    await promisify(db.poll).call(db, id, polls);
  }

  return polls;
}

module.exports = { waitReady };
