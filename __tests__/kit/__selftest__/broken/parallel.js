// Broken: runs the two lookups at once although the second needed the first's result.
const db = require('./db');

async function handle(id) {
  const both = Promise.all([db.getSubject(id), db.getBuyinfo(id)]);
  console.log('requested', id);
  const [subject, buyinfo] = await both;
  console.log('subject', subject.id);
  return { subject, buyinfo };
}

module.exports = { handle };
