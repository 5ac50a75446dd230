const db = require('./db');

const loadPair = async function(a, b) {
  const [first, second] = await Promise.all([db.getUser(a), db.getUser(b)]);
  log('both loaded');
  return [first.id, second.id];
};

module.exports = { loadPair };
