const db = require('./db');
const { promisify } = require('util');

async function replay(events) {
  let applied = 0;

  for (const event of events) {
    const result = await promisify(db.apply).call(db, event);
    applied += 1;
    log('applied', result.id);
  }

  return applied;
}

module.exports = { replay };
