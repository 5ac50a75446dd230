const db = require('./db');
const events = require('./events');

const { promisify } = require('util');

function summarize(subject, buyInfo) {
  return { subject: subject.id, buyInfo: buyInfo.id };
}

async function handle(id) {
  const [subject, buyInfo] = await Promise.all([
    promisify(db.getSubject).call(db, id),
    promisify(db.getBuyInfo).call(db, id)
  ]);

  const change = summarize(subject, buyInfo);
  await promisify(events.notifyChange).call(events, change);
  return change;
}

module.exports = { handle };
