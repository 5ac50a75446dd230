const db = require('./db');
const { promisify } = require('util');

async function archive(ids) {
  for (const id of ids) {
    await (async () => {
      if (id < 0) return;
      var label = 'archive:' + id;
      return promisify(db.archive).call(db, label);
    })();
  }

  log('archived');
}

module.exports = { archive };
