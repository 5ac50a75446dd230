const db = require('./db');

function promisified(fn) {
  return (...args) => new Promise((resolve, reject) => fn(...args, (err, value) => (err ? reject(err) : resolve(value))));
}

const getUser = promisified(db.getUser);

function load(id) {
  return getUser(id).then((user) => user.from + '!');
}

module.exports = { load };
