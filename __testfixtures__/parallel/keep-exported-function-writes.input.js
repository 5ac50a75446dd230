const db = require('./db');
const cache = require('./cache');

// Named like a read, but it writes: judged by its body.
exports.getAddress = async function getAddress(id) {
  return db.saveAddress(id);
};

exports.refresh = async function refresh(id, key) {
  await cache.set(key);
  const address = await exports.getAddress(id);
  return address;
};
