const db = require('./db');

function dump(id) {
  return db.getUser(id).then(JSON.stringify).then(JSON.parse).then(String);
}

module.exports = { dump };
