const db = require('./db');

// Called without an argument, both wrappers threw the TypeError at the call.
const load = async function({ id }) {
  return await db.getUser(id);
};

const save = async function(user, opts = db.defaults()) {
  return await db.save(user, opts);
};

module.exports = { load, save };
