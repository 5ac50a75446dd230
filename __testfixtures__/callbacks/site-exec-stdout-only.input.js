const { exec } = require('child_process');

function currentBranch(cb) {
  exec('git rev-parse --abbrev-ref HEAD', (err, stdout) => {
    if (err) return cb(err);
    cb(null, stdout.trim());
  });
}

module.exports = { currentBranch };
