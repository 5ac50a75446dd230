// Broken: the log that ran before the callback now runs after the await.
const db = require('./db');

async function handle(id) {
  const subject = await db.getSubject(id);
  console.log('requested', id);
  console.log('subject', subject.id);
  const buyinfo = await db.getBuyinfo(subject.id);
  return { subject, buyinfo };
}

module.exports = { handle };
