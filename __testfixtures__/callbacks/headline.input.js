const db = require('./db');
const billing = require('./billing');
const events = require('./events');
const cache = require('./cache');

function summarize(subject, buyInfo) {
  return { subject: subject.id, buyInfo: buyInfo.id, at: 'now' };
}

function handle(id, cb) {
  db.getSubject(id, (err, subject) => {
    if (err) return cb(err);
    billing.getBuyInfo(subject.id, (err, buyInfo) => {
      if (err) return cb(err);
      const change = summarize(subject, buyInfo);
      events.notifyChange(change, (err) => {
        if (err) return cb(err);
        setImmediate(() => {
          cache.flush(id, () => {});
        });
        cb(null, change);
      });
    });
  });
}

module.exports = { handle };
