const { setTimeout: wait } = require('timers/promises');
const db = require('./db');

async function ping(host) {
  await wait(5);
  await db.ping(host);
  setTimeout(() => log('pinged', host), 15);
}

module.exports = { ping };
