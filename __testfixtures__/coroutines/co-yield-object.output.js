const db = require('./db');

const dashboard = async function(id) {
  const [user, orders] = await Promise.all([db.getUser(id), db.listOrders(id)]);
  const all = await Promise.all([db.getStats(id), db.lastLogin(id), true]).then(([stats, value2, flag]) => ({
    stats,
    'last-login': value2,
    flag
  }));
  return { user: user.id, orders, all };
};

module.exports = { dashboard };
