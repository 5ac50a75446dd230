const db = require('./db');

function countVisits(pageId, cb) {
  db.getCounter(pageId, (err, counter) => {
    if (err) {
      console.warn('counter unavailable for', pageId);
      cb(null, 0);
    } else {
      cb(null, counter.value);
    }
  });
}

module.exports = { countVisits };
