const db = require('./db');

async function orDefault(id) {
  try {
    return await db.getUser(id);
  } catch (err) {
    return { from: 'default', reason: err.message };
  }
}

module.exports = { orDefault };
