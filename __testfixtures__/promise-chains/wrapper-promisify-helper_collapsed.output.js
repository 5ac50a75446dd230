const db = require('./db');

const { promisify } = require('util');

function promisified(fn) {
  return (...args) => promisify(fn)(...args);
}

const getUser = promisified(db.getUser);

async function load(id) {
  const user = await getUser(id);
  return user.from + '!';
}

module.exports = { load };
