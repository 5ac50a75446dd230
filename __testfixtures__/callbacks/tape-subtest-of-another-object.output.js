const test = require('tape');
const db = require('./db');
const suite = require('./my-suite');

const { promisify } = require('util');

test('loads', async function (t) {
  return promisify(db.load).call(db, 1);
});

// `t` here is my-suite's test object, not tape's: its subtests stay.
suite('custom', function (t) {
  t.test('saves', function (st) {
    db.save(2, function (err) {
      if (err) return st.end(err);
      st.end();
    });
  });
});

// Inside a tape test but in a nested callback, `t.test` may mean another `t`: it stays too.
test('nested', function (t) {
  t.plan(1);
  [1].forEach(function (t) {
    t.test('other', function (st) {
      db.save(3, function (err) {
        st.end(err);
      });
    });
  });
});
