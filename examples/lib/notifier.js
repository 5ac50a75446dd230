'use strict';
// Change notifications (error-first callbacks) and a small cache the service flushes after a change.

const outbox = [];
const entries = new Map();

function notifyChange(change, cb) {
  setTimeout(function () {
    if (!change || change.total == null) return cb(new Error('refusing to notify an empty change'));
    outbox.push(change);
    console.log('  notified: subject %s, total %s', change.subjectId, change.total.toFixed(2));
    cb(null);
  }, 2);
}

const cache = {
  get: function (key) { return entries.get(key); },
  set: function (key, value) { entries.set(key, value); },
  flush: function (key) {
    entries.delete(key);
    console.log('  cache flushed: %s', key);
  },
};

module.exports = { notifyChange, cache, outbox };
