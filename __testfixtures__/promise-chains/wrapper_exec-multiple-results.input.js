const { exec } = require('child_process');

function run(cmd) {
  return new Promise((resolve, reject) => exec(cmd, (err, stdout) => (err ? reject(err) : resolve(stdout))));
}

module.exports = { run };
