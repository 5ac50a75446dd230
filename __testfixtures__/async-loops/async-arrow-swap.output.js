const db = require('./db');

// Hand-written async recursion: an arrow bound to a const, and parameters that swap.
const poll = async (n) => {
  while (true) {
    const r = await db.check(n);
    if (r.ok || n === 0) return r;
    n -= 1;
  }
};

async function alternate(a, b, n) {
  while (n !== 0) {
    await db.tick(a, n);
    [a, b, n] = [b, a, n - 1];
  }

  return [a, b];
}

module.exports = { poll, alternate };
