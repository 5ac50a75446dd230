const db = require('./db');

const { promisify } = require('util');
const queryAsync = promisify(query);

// Two shuffles: which parameter ends up undefined depends on how many arguments came.
function query(table, filter, options, cb) {
  if (typeof filter === 'function') {
    cb = filter;
    filter = null;
  }
  if (typeof options === 'function') {
    cb = options;
    options = null;
  }
  db.query(table, filter, options, cb);
}

async function all(table) {
  const rows = await queryAsync(table);
  return rows;
}

module.exports = { all };
