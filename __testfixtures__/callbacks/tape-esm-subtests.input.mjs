import test from 'tape';
import db from './db';

test('users', function (t) {
  t.test('finds one', (st) => {
    db.find({ id: 1 }, (err, user) => {
      if (err) {
        return st.end(err);
      }
      st.ok(user);
      st.end();
    });
  });
  t.test('waits for an event', function (st) {
    db.once('ready', function () {
      st.end();
    });
  });
  t.end();
});

test.only('saves', (t) => {
  db.save({ id: 2 }, t.end);
});
