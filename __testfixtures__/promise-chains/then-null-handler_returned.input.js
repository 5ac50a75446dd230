const db = require('./db');

function orDefault(id) {
  return db.getUser(id).then(null, (err) => ({ from: 'default', reason: err.message }));
}

module.exports = { orDefault };
