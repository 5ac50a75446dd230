const db = require('./db');

class Inventory {
  constructor(store) {
    this.store = store;
  }
}

Inventory.prototype.count = async function(sku) {
  const item = await db.getItem(this.store, sku);
  return item.id;
};

function countAt(store, sku) {
  return new Inventory(store).count(sku);
}

module.exports = { countAt };
