const child_process = require('child_process');

const { promisify } = require('util');
const execAsync = promisify(child_process.exec);

async function gitStatus(dir) {
  const { stdout, stderr } = await execAsync('git status --short', { cwd: dir });
  if (stderr) console.warn(stderr);
  return stdout.split('\n').filter(Boolean);
}

module.exports = { gitStatus };
