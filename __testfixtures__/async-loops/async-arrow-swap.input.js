const db = require('./db');

// Hand-written async recursion: an arrow bound to a const, and parameters that swap.
const poll = async (n) => {
  const r = await db.check(n);
  if (r.ok || n === 0) return r;
  return poll(n - 1);
};

async function alternate(a, b, n) {
  if (n === 0) return [a, b];
  await db.tick(a, n);
  return alternate(b, a, n - 1);
}

module.exports = { poll, alternate };
