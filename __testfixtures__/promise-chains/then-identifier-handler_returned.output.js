const db = require('./db');

function format(user) {
  return 'user ' + user.id;
}

function report(error) {
  log('report', error.message);
  return 'unknown';
}

async function describeUser(id) {
  try {
    return await format(await db.getUser(id));
  } catch (error) {
    return report(error);
  }
}

module.exports = { describeUser };
