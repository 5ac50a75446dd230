const db = require('./db');

async function withConnection(id) {
  try {
    const user = await db.getUser(id);
    return await user.from;
  } finally {
    await db.release(id);
  }
}

module.exports = { withConnection };
