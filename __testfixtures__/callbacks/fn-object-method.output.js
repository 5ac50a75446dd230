const db = require('./db');

const { promisify } = require('util');

async function getUser(id) {
  const user = await promisify(db.getUser).call(db, id);
  return user;
}

module.exports = {
  getUser,
  async getName(id) {
    const user = await getUser(id);
    return user.from;
  },
};
