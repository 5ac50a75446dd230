const test = require('tape');
const db = require('./db');

test('users', function (t) {
  t.test('loads one', function (st) {
    db.load(1, function (err, user) {
      if (err) return st.end(err);
      st.equal(user.id, 1);
      st.end();
    });
  });
  t.test('loads another', (st) => {
    db.load(2, (err, user) => {
      if (err) return st.end(err);
      st.equal(user.id, 2);
      st.end();
    });
  });
  t.pass('declared');
  t.end();
});

test('after the subtests', function (t) {
  db.save({ id: 3 }, t.end);
});
