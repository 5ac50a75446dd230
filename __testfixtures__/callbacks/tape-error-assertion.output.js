const test = require('tape');
const db = require('./db');

const { promisify } = require('util');

test('loads a user', async function (t) {
  const user = await promisify(db.load).call(db, 1);
  t.ok(user, 'found');
});

test('saves a user', async function (t) {
  await promisify(db.save).call(db, { id: 2 });
});

test('removes a user', async function (assert) {
  await promisify(db.remove).call(db, 3);
});
