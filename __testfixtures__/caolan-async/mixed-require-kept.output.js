const async = require('async');
const db = require('./db');

const { promisify } = require('util');

// The queue still needs the library, so its require stays.
const writes = async.queue((job, done) => db.write(job, done), 1);

async function load(id) {
  const user = await promisify(db.getUser).call(db, id);
  const prefs = await promisify(db.getPrefs).call(db, id);
  return { user: user.id, prefs: prefs.id, queued: writes.length() };
}

module.exports = { load };
