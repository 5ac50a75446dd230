const db = require('./db');

async function checkPlans(ids) {
  await Promise.all(Array.from(ids, async (id) => {
    const user = await db.getUser(id);
    const plan = await db.getPlan(user.planId);
    if (!plan) throw new Error('no plan for ' + id);
  }));

  return ids.length;
}

module.exports = { checkPlans };
