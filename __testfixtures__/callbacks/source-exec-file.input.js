const { execFile } = require('child_process');

function nodeVersion(cb) {
  execFile('node', ['--version'], (err, stdout, stderr) => {
    if (err) return cb(err);
    cb(null, { version: stdout.trim(), warnings: stderr });
  });
}

module.exports = { nodeVersion };
