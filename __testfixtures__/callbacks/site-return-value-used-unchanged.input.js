const jobs = require('./jobs');

function startExport(userId, cb) {
  jobs.start('export', userId, (err, job) => {
    if (err) return cb(err);
    cb(null, job.id);
  });
  return { cancel: () => jobs.cancel('export', userId) };
}

module.exports = { startExport };
