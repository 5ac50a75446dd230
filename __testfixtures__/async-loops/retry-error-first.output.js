const db = require('./db');

const { promisify } = require('util');

async function connect(attempts) {
  while (true) {
    let conn;

    try {
      conn = await promisify(db.connect).call(db, attempts);
    } catch (err) {
      if (attempts > 1) {
        attempts -= 1;
        continue;
      }
      throw new Error('could not connect: ' + err.message);
    }

    return conn;
  }
}

module.exports = { connect };
