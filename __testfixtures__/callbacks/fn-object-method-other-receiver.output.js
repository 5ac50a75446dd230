const db = require('./db');

const { promisify } = require('util');

const users = {
  load(id, cb) {
    db.getUser(id, function (err, user) {
      if (err) return cb(err);
      cb(null, user);
    });
  },
  label: async function (id) {
    const user = await promisify(this.load).call(this, id);
    return user.from + '#' + user.id;
  },
};

async function show(id) {
  const text = await users.label(id);
  return '[' + text + ']';
}

module.exports = { show };

const other = require("./other");
function touch(cb) {
  other.load(1, function (err) {
    cb(err);
  });
}

module.exports.touch = touch;
