const db = require('./db');
const { promisify } = require('util');

// The iteratee's parameter is named like the collection's root, which the loop must still read.
async function saveChildren(item) {
  for (const item2 of item.children) {
    await promisify(db.save).call(db, item2.id);
  }

  return item.children.length;
}

async function childNames(node) {
  const names = [];

  for (const node2 of node.kids) {
    names.push(node2.name);
  }

  return names;
}

module.exports = { saveChildren, childNames };

