const test = require('tape');
const db = require('./db');

test('loads a user', function (t) {
  db.load(1, function (err, user) {
    if (err) return t.end(err);
    t.ok(user, 'found');
    t.end();
  });
});

test('runs next', function (t) {
  t.pass('second test');
  t.end();
});
