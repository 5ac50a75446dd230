const users = require('./users');

async function dashboard(id) {
  // Everything the page shows.
  let profile = await users.getProfile(id);
  let orders = await users.listOrders(id);
  let friends = await users.findFriends(id);
  if (!profile) profile = { id };
  return { profile, orders: orders.length, friends };
}

module.exports = { dashboard };
