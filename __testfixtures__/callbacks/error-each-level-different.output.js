const db = require('./db');
const search = require('./search');

const { promisify } = require('util');

async function reindex(docId) {
  const doc = await promisify(db.getDocument).call(db, docId);

  try {
    await promisify(search.remove).call(search, doc.id);
  } catch {
    console.warn('stale entry kept for', doc.id);
  }

  let entry;

  try {
    entry = await promisify(search.add).call(search, doc);
  } catch (err) {
    console.error('indexing failed');
    throw new Error('reindex failed: ' + err.message);
  }

  return entry;
}

module.exports = { reindex };
