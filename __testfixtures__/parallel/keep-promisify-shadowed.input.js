const { promisify } = require('util');
const users = require('./users');
const orders = require('./orders');

// Inside `dashboard`, `promisify` is a local function, not util's: what its results do is
// unknown, so the two awaits stay in order.
async function dashboard(id, promisify) {
  const user = await promisify(users.load)(id);
  const list = await promisify(orders.list)(id);
  return { user, list };
}

const load = promisify(users.load);

module.exports = { dashboard, load };
