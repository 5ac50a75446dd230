const db = require('./db');

async function load(id, tries) {
  try {
    return await db.load(id);
  } catch (err) {
    if (tries === 0) throw err;
  }
  try {
    return await load(id, tries - 1);
  } finally {
    console.log('attempt finished', tries);
  }
}

async function watch(id, seen) {
  const item = await db.load(id);
  setTimeout(() => console.log('seen', seen), 10);
  if (item.done) return item;
  return watch(id, seen + 1);
}

module.exports = { load, watch };
