const db = require('./db');

// applyDefaults reads, then writes its caller's object.
async function applyDefaults(opts) {
  const defaults = await db.getDefaults();
  opts.limit = defaults.limit;
}

async function rows(opts, table) {
  await applyDefaults(opts);
  const found = await db.getRows(table);
  return found.slice(0, opts.limit);
}

module.exports = { rows };
