const db = require('./db');
const billing = require('./billing');
const events = require('./events');
const cache = require('./cache');

const { promisify } = require('util');

function summarize(subject, buyInfo) {
  return { subject: subject.id, buyInfo: buyInfo.id, at: 'now' };
}

async function handle(id) {
  const subject = await promisify(db.getSubject).call(db, id);
  const buyInfo = await promisify(billing.getBuyInfo).call(billing, subject.id);
  const change = summarize(subject, buyInfo);
  await promisify(events.notifyChange).call(events, change);
  setImmediate(() => {
    cache.flush(id, () => {});
  });
  return change;
}

module.exports = { handle };
