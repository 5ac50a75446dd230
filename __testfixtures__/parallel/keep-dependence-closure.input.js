const db = require('./db');

let current = null;

async function loadAccount(id) {
  current = await db.getAccount(id);
}

async function loadLimits() {
  return db.getLimits(current.plan);
}

async function limitsFor(id) {
  await loadAccount(id);
  const limits = await loadLimits();
  return limits;
}

module.exports = { limitsFor };
