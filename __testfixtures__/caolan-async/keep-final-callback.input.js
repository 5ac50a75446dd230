const async = require('async');
const db = require('./db');

// A route handler: the enclosing function is not callback-taking, so nothing can await the series.
function handler(req, res) {
  async.series([(cb) => db.getUser(req.id, cb), (cb) => db.getPrefs(req.id, cb)], (err, results) => {
    if (err) return res.status(500).send(err.message);
    res.send(results);
  });
}

module.exports = { handler };
