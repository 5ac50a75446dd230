const db = require('./db');

function later(fn) {
  setTimeout(fn, 10);
}

async function save(id) {
  await db.save(id);
  setTimeout(() => {
    later(() => log('later', id));
  }, 30);
}

module.exports = { save };
