const db = require('./db');

async function layered(id) {
  try {
    let user;

    try {
      user = await db.getUser(id);
    } catch (err) {
      return 'recovered ' + err.message;
    }

    if (user.id === 3) throw new Error('ok handler failed');
    return await user.from;
  } catch (err) {
    return 'outer caught ' + err.message;
  }
}

module.exports = { layered };
