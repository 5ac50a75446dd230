const test = require('tape');
const db = require('./db');

test('loads a user', function (t) {
  db.load(1, function (err, user) {
    t.error(err);
    t.ok(user, 'found');
    t.end();
  });
});

test('saves a user', function (t) {
  db.save({ id: 2 }, function (err) {
    t.ifError(err);
    t.end();
  });
});

test('removes a user', function (assert) {
  db.remove(3, function (err) {
    assert.ifError(err);
    assert.end();
  });
});
