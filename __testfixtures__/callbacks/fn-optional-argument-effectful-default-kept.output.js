const db = require('./db');

const { promisify } = require('util');
const listAsync = promisify(list);

function defaults() {
  db.log('defaults read');
  return { limit: 10 };
}

// The fallback runs code: as a default parameter it would run at another moment.
function list(table, options, cb) {
  if (typeof options === 'function') {
    cb = options;
    options = defaults();
  }
  db.list(table, options.limit, cb);
}

async function first(table) {
  const rows = await listAsync(table);
  return rows[0];
}

module.exports = { first };
