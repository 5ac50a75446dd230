const fs = require('fs');
const db = require('./db');

const { promisify } = require('util');
const fsPromises = require('fs/promises');

// Three sources for one report, fetched side by side.
function report(id, done) {
  let user;
  let config;
  let stats;
  Promise.all([
    promisify(db.getUser).call(db, id),
    fsPromises.readFile('config.json', 'utf8'),
    fsPromises.stat('data.bin'),
  ])
    .then((values) => {
      [user, config, stats] = values;
      done(null, [user.id, config.length, stats.size]);
    }, (err) => done(err))
    .catch((thrown) => process.nextTick(() => { throw thrown; }));
}

module.exports = { report };
