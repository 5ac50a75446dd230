const async = require('async');
const db = require('./db');

// The iteratee's parameter is named like the collection's root, which the loop must still read.
async function saveChildren(item) {
  await async.eachSeries(item.children, function (item, next) {
    db.save(item.id, next);
  });
  return item.children.length;
}

async function childNames(node) {
  const names = await async.mapSeries(node.kids, (node, cb) => {
    cb(null, node.name);
  });
  return names;
}

module.exports = { saveChildren, childNames };
