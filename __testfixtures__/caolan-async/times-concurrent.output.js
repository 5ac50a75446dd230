const db = require('./db');
const { promisify } = require('util');

async function seed(count) {
  const ids = await Promise.all(Array.from({ length: count }, async (_, n) => {
    const user = await promisify(db.createUser).call(db, 'user' + n);
    return user.id;
  }));
  return ids;
}

module.exports = { seed };
