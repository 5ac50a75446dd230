const { exec } = require('child_process');

const { promisify } = require('util');
const execAsync = promisify(exec);

async function currentBranch() {
  const { stdout } = await execAsync('git rev-parse --abbrev-ref HEAD');
  return stdout.trim();
}

module.exports = { currentBranch };
