const db = require('./db');

const loader = function (id) {
  return db.getUser(id).then((user) => user.from);
};

function build(id) {
  return new loader(id);
}

module.exports = { loader, build };
