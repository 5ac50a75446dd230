const request = require('./request');

function fetchStatus(url, cb) {
  request.get(url, (err, res, body) => {
    if (err) return cb(err);
    cb(null, { status: res.id, length: String(body).length });
  });
}

module.exports = { fetchStatus };
