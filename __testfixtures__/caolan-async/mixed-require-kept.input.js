const async = require('async');
const db = require('./db');

// The queue still needs the library, so its require stays.
const writes = async.queue((job, done) => db.write(job, done), 1);

async function load(id) {
  const [user, prefs] = await async.series([
    (cb) => db.getUser(id, cb),
    (cb) => db.getPrefs(id, cb),
  ]);
  return { user: user.id, prefs: prefs.id, queued: writes.length() };
}

module.exports = { load };
