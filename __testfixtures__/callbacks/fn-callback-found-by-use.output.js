const db = require('./db');

const { promisify } = require('util');

async function archive(docId) {
  const doc = await promisify(db.getDoc).call(db, docId);
  await promisify(db.putArchive).call(db, doc.id, doc);
  return doc.id;
}

module.exports = { archive };
