const db = require('./db');

async function withDefault(id, fallback) {
  try {
    const user = await db.getUser(id);
    const alias = await (user.alias || db.getAlias(user.id));
    return await alias.from;
  } catch {
    return fallback;
  }
}

module.exports = { withDefault };
