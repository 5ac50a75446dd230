const co = require('co');
const db = require('./db');

const loadUser = async function(id) {
  return await db.getUser(id);
};

const loadCount = co.wrap(function* () {
  const n = yield 3;
  return n;
});

module.exports = { loadUser, loadCount };
