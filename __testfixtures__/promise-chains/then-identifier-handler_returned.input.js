const db = require('./db');

function format(user) {
  return 'user ' + user.id;
}

function report(error) {
  log('report', error.message);
  return 'unknown';
}

function describeUser(id) {
  return db.getUser(id).then(format).catch(report);
}

module.exports = { describeUser };
