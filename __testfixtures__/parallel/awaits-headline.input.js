const db = require('./db');
const events = require('./events');

const { promisify } = require('util');

function summarize(subject, buyInfo) {
  return { subject: subject.id, buyInfo: buyInfo.id };
}

async function handle(id) {
  const subject = await promisify(db.getSubject).call(db, id);
  const buyInfo = await promisify(db.getBuyInfo).call(db, id);
  const change = summarize(subject, buyInfo);
  await promisify(events.notifyChange).call(events, change);
  return change;
}

module.exports = { handle };
