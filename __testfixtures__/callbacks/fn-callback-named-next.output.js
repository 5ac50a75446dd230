const db = require('./db');

const { promisify } = require('util');

async function resolveAlias(alias) {
  const entry = await promisify(db.lookupAlias).call(db, alias);
  if (!entry.id)
    throw new Error('unknown alias ' + alias);
  return entry.id;
}

module.exports = { resolveAlias };
