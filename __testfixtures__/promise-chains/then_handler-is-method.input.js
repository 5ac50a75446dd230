const db = require('./db');

function viaMethod(id, formatter) {
  return db.getUser(id).then(formatter.format);
}

module.exports = { viaMethod };
