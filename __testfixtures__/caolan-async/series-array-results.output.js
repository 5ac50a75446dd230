const db = require('./db');
const { promisify } = require('util');

async function loadPair(id) {
  const result = await promisify(db.getUser).call(db, id);
  const user = await promisify(db.getUser).call(db, id + 1);
  const result2 = user.id;
  const results = [result, result2, 'done'];
  log('loaded', results.length);
  return results;
}

module.exports = { loadPair };
