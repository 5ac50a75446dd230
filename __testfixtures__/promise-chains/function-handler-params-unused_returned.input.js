const db = require('./db');

function ping(id) {
  return db.ping(id).then(function () {
    return 'pong ' + id;
  });
}

module.exports = { ping };
