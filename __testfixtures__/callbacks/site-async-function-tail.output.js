const auth = require('./auth');
const db = require('./db');

const { promisify } = require('util');

async function listPosts(req, res) {
  const user = await auth.check(req.token);
  let posts;

  try {
    posts = await promisify(db.getPosts).call(db, user.id);
  } catch {
    res.status(500).send('could not load posts');
    return;
  }

  res.json(posts);
}

module.exports = { listPosts };
