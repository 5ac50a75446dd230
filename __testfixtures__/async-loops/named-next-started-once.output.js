const db = require('./db');

const { promisify } = require('util');

// Sends the batch one message at a time and reports how many went out.
async function sendBatch(messages) {
  let sent = 0;

  while (sent !== messages.length) {
    await promisify(db.send).call(db, messages[sent]);
    sent += 1;
  }

  return sent;
}

module.exports = { sendBatch };
