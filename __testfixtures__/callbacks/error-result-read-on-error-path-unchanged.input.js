const batch = require('./batch');

function importRows(rows, cb) {
  batch.insertAll(rows, (err, report) => {
    if (err) {
      console.error('import stopped after', report && report.inserted, 'rows');
      return cb(err);
    }
    cb(null, report.inserted);
  });
}

module.exports = { importRows };
