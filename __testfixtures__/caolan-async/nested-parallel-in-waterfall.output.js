const db = require('./db');
const { promisify } = require('util');

async function profilePage(id) {
  const user = await promisify(db.getUser).call(db, id);
  const results = {};

  await Promise.all([
    (async () => {
      results.posts = await promisify(db.listPosts).call(db, user.id);
    })(),
    (async () => {
      results.friends = await promisify(db.listFriends).call(db, user.id);
    })(),
  ]);

  return results;
}

module.exports = { profilePage };
