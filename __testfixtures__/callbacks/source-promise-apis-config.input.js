const db = require('./db');

function archiveOrder(id, cb) {
  db.findOne({ id }, (err, order) => {
    if (err) return cb(err);
    db.update({ id }, { archived: true, total: order.total }, (err, result) => {
      if (err) return cb(err);
      cb(null, result);
    });
  });
}

module.exports = { archiveOrder };
