const co = require('co');
const db = require('./db');

const repo = {
  table: 'orders',
  find: co.wrap(function* (id) {
    const row = yield db.findRow(this.table, id);
    return row;
  }),
};

function findOrder(id) {
  return repo.find(id);
}

module.exports = { findOrder };
