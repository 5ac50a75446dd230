const db = require('./db');

async function guarded(id) {
  const timer = setTimeout(() => log('slow', id), 100);
  await db.work(id);
  clearTimeout(timer);
}

async function unrefd(id) {
  await db.work(id);
  setTimeout(() => log('idle', id), 100).unref();
}

module.exports = { guarded, unrefd };
