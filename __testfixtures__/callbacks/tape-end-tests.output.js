const test = require('tape');
const db = require('./db');

const { promisify } = require('util');

test('loads a user', async function (t) {
  const user = await promisify(db.load).call(db, 1);
  t.equal(user.id, 1);
});

test('saves a user', async (t) => promisify(db.save).call(db, { id: 2 }));

test('loads then saves', async function (t) {
  const user = await promisify(db.load).call(db, 3);
  t.ok(user, 'found');
  await promisify(db.save).call(db, user);
  t.pass('saved');
});

test.skip('not run', async function (t) {
  await promisify(db.load).call(db, 4);
});
