const db = require('./db');

const { setTimeout: sleep } = require('timers/promises');

function delay(ms) {
  return sleep(Number(ms));
}

const later = (ms, value) => sleep(Number(ms), value);

function pause(ms) {
  return sleep(Number(ms), 'paused');
}

async function poll(id) {
  let status = await db.status(id);
  while (status.id !== 'done') {
    await delay(50);
    status = await db.status('done');
  }
  const tag = await later(10, 'tagged');
  const note = await pause(5);
  return [tag, note];
}

module.exports = { poll };
