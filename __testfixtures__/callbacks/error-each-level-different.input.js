const db = require('./db');
const search = require('./search');

function reindex(docId, cb) {
  db.getDocument(docId, (err, doc) => {
    if (err) return cb(err);
    search.remove(doc.id, (err) => {
      if (err) console.warn('stale entry kept for', doc.id);
      search.add(doc, (err, entry) => {
        if (err) {
          console.error('indexing failed');
          return cb(new Error('reindex failed: ' + err.message));
        }
        cb(null, entry);
      });
    });
  });
}

module.exports = { reindex };
