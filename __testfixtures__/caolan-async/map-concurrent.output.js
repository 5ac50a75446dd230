const db = require('./db');
const { promisify } = require('util');

async function names(ids) {
  const users = await Promise.all(ids.map(async (id) => {
    const user = await promisify(db.getUser).call(db, id);
    return user.id * 10;
  }));
  return users.join(',');
}

module.exports = { names };
