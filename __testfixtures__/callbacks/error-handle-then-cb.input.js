const db = require('./db');
const metrics = require('./metrics');

function saveDraft(draft, cb) {
  db.insert('drafts', draft, (err, saved) => {
    if (err) {
      console.error('draft not saved:', err.message);
      metrics.increment('drafts.failed');
      return cb(err);
    }
    cb(null, saved.id);
  });
}

module.exports = { saveDraft };
