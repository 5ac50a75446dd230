const auth = require('./auth');
const db = require('./db');

async function listPosts(req, res) {
  const user = await auth.check(req.token);
  db.getPosts(user.id, (err, posts) => {
    if (err) {
      res.status(500).send('could not load posts');
      return;
    }
    res.json(posts);
  });
}

module.exports = { listPosts };
