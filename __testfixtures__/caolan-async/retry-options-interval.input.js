const async = require('async');
const db = require('./db');

async function fetchFeed(url) {
  let tries = 0;
  await async.retry({ times: 4, interval: 50 }, (cb) => {
    tries += 1;
    db.fetch(url, tries, (err) => {
      if (err) return cb(err);
      log('fetched after', tries);
      cb();
    });
  });
}

module.exports = { fetchFeed };
