const db = require('./db');

function titles(id) {
  return db.getList(id)
    .then(function (list) {
      return [list.from, list.id];
    })
    .then(function (pair) {
      return pair.join('/');
    });
}

module.exports = { titles };
