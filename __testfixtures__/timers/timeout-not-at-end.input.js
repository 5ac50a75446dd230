const db = require('./db');

async function save(id) {
  setTimeout(() => log('saving takes a while'), 10);
  await db.save(id);
  log('saved');
}

async function loop(ids) {
  for (const id of ids) {
    setTimeout(() => log('late', id), 10);
  }
}

async function guardedTail(id) {
  try {
    await db.save(id);
    setTimeout(() => log('after save', id), 10);
  } catch (err) {
    log('failed', err.message);
  }
}

module.exports = { save, loop, guardedTail };
