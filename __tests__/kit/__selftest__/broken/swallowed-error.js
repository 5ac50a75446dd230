// Broken: a try/catch that the original did not have swallows the buy-info error.
const db = require('./db');

async function handle(id) {
  const subjectPromise = db.getSubject(id);
  console.log('requested', id);
  const subject = await subjectPromise;
  console.log('subject', subject.id);
  let buyinfo;
  try {
    buyinfo = await db.getBuyinfo(subject.id);
  } catch (err) {
    buyinfo = null;
  }
  return { subject, buyinfo };
}

module.exports = { handle };
