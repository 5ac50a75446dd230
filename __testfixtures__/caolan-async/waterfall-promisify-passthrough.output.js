const db = require('./db');

const { promisify } = require('util');

// What the callbacks transform leaves for a function that passed its callback to async.waterfall.
async function loadProfile(id) {
  const user = await promisify(db.getUser).call(db, id);
  const profile = await promisify(db.getProfile).call(db, user.id);
  return { user, profile };
}

module.exports = { loadProfile };
