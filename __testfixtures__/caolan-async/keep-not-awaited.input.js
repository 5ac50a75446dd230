const async = require('async');
const db = require('./db');

async function fireAndForget(ids) {
  async.each(ids, (id, cb) => db.touch(id, cb));
  log('started');
}

module.exports = { fireAndForget };
