const fs = require('fs/promises');
const db = require('./db');

async function loadUser(id) {
  const user = await db.getUser(id);
  return user;
}

function loadConfig(file) {
  return fs
    .readFile(file, 'utf8')
    .then((text) => JSON.parse(text))
    .catch((err) => {
      log('no config', err.code);
      return {};
    });
}

module.exports = { loadUser, loadConfig };
