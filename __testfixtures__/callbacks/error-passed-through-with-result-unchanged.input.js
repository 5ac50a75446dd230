const db = require('./db');

function listTags(postId, cb) {
  db.getPost(postId, (err, post) => {
    cb(err, post && post.tags);
  });
}

module.exports = { listTags };
