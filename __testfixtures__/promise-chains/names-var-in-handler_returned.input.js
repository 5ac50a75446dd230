const db = require('./db');

function withVar(id) {
  var total = 0;
  return db.getUser(id).then((user) => {
    var total = user.id * 3;
    return total;
  }).then((n) => n + total);
}

module.exports = { withVar };
