const db = require('./db');
const { promisify } = require('util');

// The first task's result is a template literal built from `count`, which the second task
// changes: it must be built when the first task ends, not after the series.
async function snapshot(id) {
  let count = 1;
  const result = `count ${count}`;
  count += 1;
  const result2 = await promisify(db.getUser).call(db, id);
  const results = [result, result2];
  return results;
}

module.exports = { snapshot };
