const db = require('./db');

const { promisify } = require('util');

exports.getUser = async function (id) {
  const user = await promisify(db.getUser).call(db, id);
  return user;
};

exports.getName = async function (id) {
  const user = await exports.getUser(id);
  return user.from;
};
