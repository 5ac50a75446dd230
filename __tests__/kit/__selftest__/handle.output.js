// Correct async conversion: the code after the call still runs before the result is awaited.
const db = require('./db');

async function handle(id) {
  const subjectPromise = db.getSubject(id);
  console.log('requested', id);
  const subject = await subjectPromise;
  console.log('subject', subject.id);
  const buyinfo = await db.getBuyinfo(subject.id);
  return { subject, buyinfo };
}

module.exports = { handle };
