const users = require('./users');

async function dashboard(id) {
  // Everything the page shows.
  let [profile, orders, friends] = await Promise.all([users.getProfile(id), users.listOrders(id), users.findFriends(id)]);

  if (!profile) profile = { id };
  return { profile, orders: orders.length, friends };
}

module.exports = { dashboard };
