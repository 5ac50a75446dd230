const db = require('./db');
const store = require('./store');

const repo = db;

// repo is db: the save must land before getAll reads.
async function saveThenCount(row) {
  await repo.save(row);
  const all = await db.getAll();
  return all.length;
}

// store.users is part of store, which addUser changes.
async function addThenList(name) {
  await store.addUser(name);
  const users = await store.users.findAll();
  return users;
}

module.exports = { saveThenCount, addThenList };
