// Broken: awaits the callback API of fs, which needs a callback and returns nothing.
const fs = require('fs');

async function readConfig(name) {
  const text = await fs.readFile(name, 'utf8');
  return JSON.parse(text);
}

exports.readConfig = readConfig;
