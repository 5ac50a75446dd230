const db = require('./db');

const rename = async function(id, name) {
  const user = await db.getUser(id);
  await db.saveUser(user.id, name);
  return name;
};

module.exports = { rename };
