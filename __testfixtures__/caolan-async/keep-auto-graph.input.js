const async = require('async');
const db = require('./db');

async function build(id, extra) {
  // orders waits only for user, not for settings: the library starts it before settings finish.
  const partial = await async.auto({
    user: (cb) => db.getUser(id, cb),
    settings: (cb) => db.getSettings(id, cb),
    orders: ['user', (results, cb) => db.listOrders(results.user.id, cb)],
  });
  // A graph built at run time.
  const tasks = { user: (cb) => db.getUser(id, cb) };
  if (extra) tasks.more = ['user', (results, cb) => db.more(id, cb)];
  const full = await async.auto(tasks);
  return [partial, full];
}

module.exports = { build };
