// Broken: the subject error is dropped; the caller never hears back.
const db = require('./db');

function handle(id, cb) {
  db.getSubject(id, (err, subject) => {
    if (err) return;
    console.log('subject', subject.id);
    db.getBuyinfo(subject.id, (err, buyinfo) => {
      if (err) return cb(err);
      cb(null, { subject, buyinfo });
    });
  });
  console.log('requested', id);
}

module.exports = { handle };
