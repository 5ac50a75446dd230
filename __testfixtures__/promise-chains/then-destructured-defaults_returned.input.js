const db = require('./db');

function shape(id) {
  return db.getUser(id).then(({ role = 'guest', ...rest }) => role + ':' + Object.keys(rest).join(','));
}

module.exports = { shape };
