const db = require('./db');

function sum(id) {
  return Promise.all([db.getA(id), db.getB(id)]).then(
    ([a, b]) => a.id + b.id,
    (err) => {
      log('no sum', err.message);
    },
  );
}

module.exports = { sum };
