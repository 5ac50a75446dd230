// Callback-style original: looks up a subject, then its buy info.
const db = require('./db');

function handle(id, cb) {
  db.getSubject(id, (err, subject) => {
    if (err) return cb(err);
    console.log('subject', subject.id);
    db.getBuyinfo(subject.id, (err, buyinfo) => {
      if (err) return cb(err);
      cb(null, { subject, buyinfo });
    });
  });
  // Runs before the callback above.
  console.log('requested', id);
}

module.exports = { handle };
