const db = require('./db');

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const later = (ms, value) => new Promise((r) => setTimeout(r, ms, value));

function pause(ms) {
  return new Promise(function (resolve) {
    setTimeout(function () {
      resolve('paused');
    }, ms);
  });
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
