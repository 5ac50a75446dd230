const db = require('./db');
const { promisify } = require('util');

// An array's tasks are all started in one loop, even after one calls back with an error at once:
// Promise.all starts them all too, so this converts.
async function both(id) {
  return Promise.all([
    (async () => {
      if (!id)
        throw new Error('no id');
      return promisify(db.getUser).call(db, id);
    })(),
    promisify(db.listPosts).call(db, id),
  ]);
}

module.exports = { both };
