const db = require('./db');

const describeUser = async function(id) {
  const label = 'user ' + (await db.getUser(id)).id;
  if ((await db.isAdmin(id)).id === id) log('admin', id);
  return label;
};

module.exports = { describeUser };
