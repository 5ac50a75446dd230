const db = require('./db');

function loadPage(query, cb) {
  db.find(query, (err, rows) => {
    if (err) return cb(err);
    db.count(query, (err, total) => {
      if (err) return cb(err);
      cb(null, rows, total);
    });
  });
}

function renderPage(query, cb) {
  loadPage(query, (err, rows, total) => {
    if (err) return cb(err);
    cb(null, { rows, total });
  });
}

module.exports = { renderPage };
