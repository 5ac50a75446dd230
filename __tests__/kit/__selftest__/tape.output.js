const test = require('tape');
const db = require('./db');

test('loads a user', async function (t) {
  const user = await db.load(1);
  t.ok(user, 'found');
});

test('runs next', function (t) {
  t.pass('second test');
  t.end();
});
