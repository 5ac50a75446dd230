let fetchUser = require('./db').getUser;

const { promisify } = require('util');

async function show(id) {
  const user = await promisify(fetchUser)(id);
  return user.from;
}

function useCache(cache) {
  fetchUser = cache.getUser;
}

module.exports = { show, useCache };
