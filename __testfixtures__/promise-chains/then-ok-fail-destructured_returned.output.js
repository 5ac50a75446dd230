const db = require('./db');

async function sum(id) {
  const promise = Promise.all([db.getA(id), db.getB(id)]);
  let result;

  try {
    result = await promise;
  } catch (err) {
    log('no sum', err.message);
    return;
  }

  const [a, b] = result;
  return a.id + b.id;
}

module.exports = { sum };
