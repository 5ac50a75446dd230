// Conversion through util.promisify.
const fs = require('node:fs');
const { promisify } = require('node:util');

const readFile = promisify(fs.readFile);

async function readConfig(name) {
  const text = await readFile(name, 'utf8');
  return JSON.parse(text);
}

exports.readConfig = readConfig;
