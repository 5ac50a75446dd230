// Conversion to fs/promises.
const fs = require('fs/promises');

async function readConfig(name) {
  const text = await fs.readFile(name, 'utf8');
  return JSON.parse(text);
}

exports.readConfig = readConfig;
