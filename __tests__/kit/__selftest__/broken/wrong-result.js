// Broken: resolves the buy info alone instead of { subject, buyinfo }.
const db = require('./db');

async function handle(id) {
  const subjectPromise = db.getSubject(id);
  console.log('requested', id);
  const subject = await subjectPromise;
  console.log('subject', subject.id);
  return db.getBuyinfo(subject.id);
}

module.exports = { handle };
