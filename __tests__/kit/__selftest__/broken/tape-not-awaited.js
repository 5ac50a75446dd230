const test = require('tape');
const db = require('./db');

test('loads a user', async function (t) {
  db.load(1).then((user) => t.ok(user, 'found'));
});

test('runs next', function (t) {
  t.pass('second test');
  t.end();
});
