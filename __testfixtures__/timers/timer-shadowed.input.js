const { setTimeout } = require('timers/promises');
const db = require('./db');

async function wait(id) {
  await db.load(id);
  setTimeout(10);
}

module.exports = { wait };
