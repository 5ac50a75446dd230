const db = require('./db');

const { promisify } = require('util');

async function getActiveUser(id) {
  const user = await promisify(db.getUser).call(db, id);
  if (user.id > 100) {
    throw new Error('user ' + id + ' is not active');
  }
  return user;
}

module.exports = { getActiveUser };
