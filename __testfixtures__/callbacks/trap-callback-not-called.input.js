const db = require('./db');

function saveIfDirty(doc, cb) {
  if (!doc.dirty) return;
  db.save(doc.id, doc, (err) => {
    if (err) return cb(err);
    cb(null, doc.id);
  });
}

module.exports = { saveIfDirty };
