const db = require('./db');

async function refresh(id) {
  const result = await db.load(id);
  log('loaded', result.id);
  setTimeout(() => {
    const result = 'refreshed ' + id;
    log(result);
  }, 10);
}

module.exports = { refresh };
