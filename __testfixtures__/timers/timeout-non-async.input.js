const db = require('./db');

function schedule(id) {
  setTimeout(() => db.run(id), 10);
}

setTimeout(() => log('booted'), 1);

module.exports = { schedule };
