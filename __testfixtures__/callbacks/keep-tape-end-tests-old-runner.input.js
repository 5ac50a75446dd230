const test = require('tape');
const db = require('./db');

// promiseTests is off (tape 4 ignores a returned promise): the test keeps t.end.
test('saves a user', function (t) {
  db.save({ id: 1 }, function (err) {
    if (err) return t.end(err);
    t.pass('saved');
    t.end();
  });
});
