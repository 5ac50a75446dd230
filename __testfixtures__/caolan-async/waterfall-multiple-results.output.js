const db = require('./db');
const { promisify } = require('util');

async function pair(id) {
  const user = await promisify(db.getUser).call(db, id);
  const otherId = id + 1;
  const other = await promisify(db.getUser).call(db, otherId);
  const [left, right] = [user, other];
  return { left: left.id, right: right.id };
}

module.exports = { pair };
