const { execFile } = require('child_process');

const { promisify } = require('util');
const execFileAsync = promisify(execFile);

async function nodeVersion() {
  const { stdout, stderr } = await execFileAsync('node', ['--version']);
  return { version: stdout.trim(), warnings: stderr };
}

module.exports = { nodeVersion };
