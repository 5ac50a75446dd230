const db = require('./db');

// Copies until the first missing page; reports how far it got.
function copyPages(pages, cb) {
  var copied = 0;
  function next() {
    if (copied >= pages.length) return cb(null, copied);
    db.copy(pages[copied], (err, ok) => {
      if (err) return cb(err);
      if (!ok.id) return cb(null, copied);
      copied++;
      next();
    });
  }
  next();
}

module.exports = { copyPages };
