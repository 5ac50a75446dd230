const db = require('./db');

const { promisify } = require('util');

async function getUser(id) {
  const user = await promisify(db.getUser).call(db, id);
  return user;
}

async function greet(id) {
  const user = await getUser(id);
  return 'Hello, ' + user.from;
}

module.exports = { greet };
