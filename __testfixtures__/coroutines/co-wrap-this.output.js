const db = require('./db');

const repo = {
  table: 'orders',
  find: async function(id) {
    const row = await db.findRow(this.table, id);
    return row;
  },
};

function findOrder(id) {
  return repo.find(id);
}

module.exports = { findOrder };
