const { setTimeout: wait } = require('timers/promises');
const db = require('./db');

async function ping(host) {
  await wait(5);
  await db.ping(host);
  await wait(15);
  log('pinged', host);
}

module.exports = { ping };
