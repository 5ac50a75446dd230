const test = require('./harness');
const db = require('./db');

// `test` is not tape's: what its t.end does is unknown.
test('loads a user', function (t) {
  db.load(1, function (err, user) {
    if (err) return t.end(err);
    t.equal(user.id, 1);
    t.end();
  });
});
