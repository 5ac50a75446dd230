const db = require('./db');

const { promisify } = require('util');

// Saves every item in order; stops at the first failure.
async function saveAll(items) {
  for (let i = 0; i !== items.length; i++) {
    await promisify(db.save).call(db, items[i]);
  }
}

module.exports = { saveAll };
