const { fetchRecord } = require('./records');

function fetchBoth(leftId, rightId, cb) {
  fetchRecord(leftId, (err, left) => {
    if (err) return cb(err);
    fetchRecord(rightId, (err, right) => {
      if (err) return cb(err);
      cb(null, { left, right, same: left.id === right.id });
    });
  });
}

module.exports = { fetchBoth };
