const cache = require('./cache');
const db = require('./db');

const { promisify } = require('util');

async function getProfile(id, opts) {
  if (opts && opts.noCache) {
    const fresh = await promisify(db.getProfile).call(db, id);
    return fresh;
  } else {
    const cached = await promisify(cache.get).call(cache, 'profile:' + id);
    return cached;
  }
}

module.exports = { getProfile };
