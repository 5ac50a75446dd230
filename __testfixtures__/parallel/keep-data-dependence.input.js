const db = require('./db');
const billing = require('./billing');

const { promisify } = require('util');

async function handle(id) {
  const subject = await promisify(db.getSubject).call(db, id);
  const buyInfo = await promisify(billing.getBuyInfo).call(billing, subject.id);
  return { subject, buyInfo };
}

module.exports = { handle };
