// Broken: validation that used to call back with the error now throws at the caller.
const db = require('./db');

function handle(id, cb) {
  if (id === 2) throw new Error('db.getSubject(2) failed');
  db.getSubject(id, (err, subject) => {
    if (err) return cb(err);
    console.log('subject', subject.id);
    db.getBuyinfo(subject.id, (err, buyinfo) => {
      if (err) return cb(err);
      cb(null, { subject, buyinfo });
    });
  });
  console.log('requested', id);
}

module.exports = { handle };
