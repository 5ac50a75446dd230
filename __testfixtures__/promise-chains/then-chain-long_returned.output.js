const db = require('./db');

async function profileLine(id) {
  const user = await db.getUser(id);
  const profile = await db.getProfile(user.id);
  const avatar = await db.getAvatar(profile.id);
  const result = { avatar: avatar.from };
  return JSON.stringify(result);
}

module.exports = { profileLine };
