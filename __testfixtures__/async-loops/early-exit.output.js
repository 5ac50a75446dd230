const db = require('./db');

const { promisify } = require('util');

// The first user that is active, or null.
async function firstActive(ids) {
  for (let i = 0; i !== ids.length; i++) {
    const user = await promisify(db.getUser).call(db, ids[i]);
    if (user.active) return user;
  }

  return null;
}

module.exports = { firstActive };
