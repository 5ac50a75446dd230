const metrics = require('./metrics');
const store = require('./store');

async function save(id) {
  const [, saved] = await Promise.all([metrics.track(id), store.save(id)]);
  return saved;
}

module.exports = { save };
