const metrics = require('./metrics');
const store = require('./store');

async function save(id) {
  await metrics.track(id);
  const saved = await store.save(id);
  return saved;
}

module.exports = { save };
