const db = require('./db');

const { setImmediate: immediate } = require('timers/promises');

async function publish(id) {
  const post = await db.getPost(id);
  await db.publish(post.id);
  await immediate();
  log('published', post.id);
  db.invalidate(post.id);
}

module.exports = { publish };
