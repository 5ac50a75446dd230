const { exec } = require('child_process');

function out(cmd, cb) {
  exec(cmd, (err, stdout) => {
    cb(null, 'got:' + stdout.trim());
  });
}

module.exports = { out };
