const db = require('./db');

async function publish(id) {
  const post = await db.getPost(id);
  await db.publish(post.id);
  setImmediate(() => {
    log('published', post.id);
    db.invalidate(post.id);
  });
}

module.exports = { publish };
