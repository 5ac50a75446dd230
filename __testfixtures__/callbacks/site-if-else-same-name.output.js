const cache = require('./cache');
const db = require('./db');

const { promisify } = require('util');

async function getProfile(id, opts) {
  if (opts && opts.fresh) {
    const profile = await promisify(db.getProfile).call(db, id);
    return profile;
  } else {
    const profile = await promisify(cache.get).call(cache, 'profile:' + id);
    return profile;
  }
}

module.exports = { getProfile };
