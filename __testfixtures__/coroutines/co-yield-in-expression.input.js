const co = require('co');
const db = require('./db');

const describeUser = co.wrap(function* (id) {
  const label = 'user ' + (yield db.getUser(id)).id;
  if ((yield db.isAdmin(id)).id === id) log('admin', id);
  return label;
});

module.exports = { describeUser };
