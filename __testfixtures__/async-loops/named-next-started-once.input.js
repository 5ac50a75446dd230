const db = require('./db');

// Sends the batch one message at a time and reports how many went out.
function sendBatch(messages, cb) {
  let sent = 0;
  function next() {
    if (sent === messages.length) return cb(null, sent);
    db.send(messages[sent], (err) => {
      if (err) return cb(err);
      sent += 1;
      next();
    });
  }
  next();
}

module.exports = { sendBatch };
