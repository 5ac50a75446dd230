const db = require('./db');

async function sum(id) {
  let result;

  try {
    result = await Promise.all([db.getA(id), db.getB(id)]);
  } catch (err) {
    log('no sum', err.message);
    return;
  }

  const [a, b] = result;
  return a.id + b.id;
}

module.exports = { sum };
