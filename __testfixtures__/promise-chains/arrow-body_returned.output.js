const db = require('./db');

const nameOf = async (id) => {
  const user = await db.getUser(id);
  return user.from;
};

module.exports = { nameOf };
