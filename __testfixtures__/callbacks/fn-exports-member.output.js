const store = require('./store');

const { promisify } = require('util');

exports.saveUser = async function (user) {
  const key = 'user:' + user.name;
  await promisify(store.put).call(store, key, user);
  return key;
};
