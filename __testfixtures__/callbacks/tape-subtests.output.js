const test = require('tape');
const db = require('./db');

const { promisify } = require('util');

test('users', function (t) {
  t.test('loads one', async function (st) {
    const user = await promisify(db.load).call(db, 1);
    st.equal(user.id, 1);
  });
  t.test('loads another', async (st) => {
    const user = await promisify(db.load).call(db, 2);
    st.equal(user.id, 2);
  });
  t.pass('declared');
  t.end();
});

test('after the subtests', async function (t) {
  return promisify(db.save).call(db, { id: 3 });
});
