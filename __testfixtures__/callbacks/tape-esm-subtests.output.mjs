import test from 'tape';
import db from './db';

import { promisify } from 'util';

test('users', function (t) {
  t.test('finds one', async (st) => {
    const user = await promisify(db.find).call(db, { id: 1 });
    st.ok(user);
  });
  t.test('waits for an event', function (st) {
    db.once('ready', function () {
      st.end();
    });
  });
  t.end();
});

test.only('saves', async (t) => promisify(db.save).call(db, { id: 2 }));
