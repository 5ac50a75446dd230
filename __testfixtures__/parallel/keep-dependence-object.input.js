const users = require('./users');

async function context(id) {
  const ctx = {};
  await users.loadUser(ctx, id);
  await users.loadPrefs(ctx);
  return ctx;
}

module.exports = { context };
