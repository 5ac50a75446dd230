'use strict';
// The catalog: fs callbacks, a hand-written Promise wrapper and a promise chain.

const fs = require('fs');
const path = require('path');

const dataDir = path.join(__dirname, 'data');

function loadCatalog(cb) {
  fs.readFile(path.join(dataDir, 'catalog.json'), 'utf8', function (err, text) {
    if (err) return cb(err);
    let items;
    try {
      items = JSON.parse(text);
    } catch (parseErr) {
      return cb(parseErr);
    }
    cb(null, items);
  });
}

// Sizes of the data files, one stat after the other.
function dataFileSizes(cb) {
  fs.readdir(dataDir, function (err, names) {
    if (err) return cb(err);
    const sizes = {};
    function next(i) {
      if (i === names.length) return cb(null, sizes);
      fs.stat(path.join(dataDir, names[i]), function (err, stats) {
        if (err) return cb(err);
        sizes[names[i]] = stats.size;
        next(i + 1);
      });
    }
    next(0);
  });
}

function loadCatalogAsync() {
  return new Promise(function (resolve, reject) {
    loadCatalog(function (err, items) {
      if (err) return reject(err);
      resolve(items);
    });
  });
}

// Featured titles with prices; an unreadable catalog shows an empty shelf instead of an error.
function featured() {
  return loadCatalogAsync()
    .then(function (items) {
      return items.filter(function (item) { return item.featured; });
    })
    .then(function (items) {
      return items.map(function (item) { return item.title + ' (' + item.price.toFixed(2) + ')'; });
    })
    .catch(function (err) {
      console.error('catalog unavailable:', err.message);
      return [];
    });
}

module.exports = { loadCatalog, dataFileSizes, featured };
