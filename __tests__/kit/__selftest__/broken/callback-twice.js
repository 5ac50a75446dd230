// Broken: a missing `return` calls back with the error and then with a result.
const db = require('./db');

function handle(id, cb) {
  db.getSubject(id, (err, subject) => {
    if (err) return cb(err);
    console.log('subject', subject.id);
    db.getBuyinfo(subject.id, (err, buyinfo) => {
      if (err) cb(err);
      cb(null, { subject, buyinfo });
    });
  });
  console.log('requested', id);
}

module.exports = { handle };
