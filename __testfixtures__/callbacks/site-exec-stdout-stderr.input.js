const child_process = require('child_process');

function gitStatus(dir, cb) {
  child_process.exec('git status --short', { cwd: dir }, (err, stdout, stderr) => {
    if (err) return cb(err);
    if (stderr) console.warn(stderr);
    cb(null, stdout.split('\n').filter(Boolean));
  });
}

module.exports = { gitStatus };
