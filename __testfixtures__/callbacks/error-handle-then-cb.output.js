const db = require('./db');
const metrics = require('./metrics');

const { promisify } = require('util');

async function saveDraft(draft) {
  let saved;

  try {
    saved = await promisify(db.insert).call(db, 'drafts', draft);
  } catch (err) {
    console.error('draft not saved:', err.message);
    metrics.increment('drafts.failed');
    throw err;
  }

  return saved.id;
}

module.exports = { saveDraft };
