const db = require('./db');

const { setTimeout: sleep } = require('timers/promises');

function later(fn) {
  setTimeout(fn, 10);
}

async function save(id) {
  await db.save(id);
  await sleep(30);
  later(() => log('later', id));
}

module.exports = { save };
