const async = require('async');
const db = require('./db');

async function waitReady(id) {
  let polls = 0;
  await async.until(
    (cb) => cb(null, polls >= 2),
    (cb) => {
      polls += 1;
      db.poll(id, polls, cb);
    },
  );
  return polls;
}

module.exports = { waitReady };
