const db = require('./db');

const { setTimeout: sleep } = require('timers/promises');

// From the environment: a string. The legacy timer turns it into a number; timers/promises would reject it.
const RETRY_DELAY = process.env.RETRY_DELAY || 20;

function wait() {
  return sleep(Number(RETRY_DELAY));
}

// opts.delay throws inside the executor (a rejection) when opts is undefined: this wrapper stays.
function waitFor(opts) {
  return new Promise((resolve) => setTimeout(resolve, opts.delay));
}

async function saveLater(row) {
  await db.save(row);
  await sleep(Number(RETRY_DELAY));
  log('cleanup', row);
}

module.exports = { wait, waitFor, saveLater };
