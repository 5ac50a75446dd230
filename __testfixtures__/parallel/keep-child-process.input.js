const child_process = require('child_process');
const fsPromises = require('fs/promises');

const { promisify } = require('util');
const execAsync = promisify(child_process.exec);

async function build() {
  await execAsync('make');
  const out = await fsPromises.readFile('build/out.txt', 'utf8');
  return out;
}

module.exports = { build };
