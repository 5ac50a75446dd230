const fsPromises = require('fs/promises');

async function loadSettings() {
  const defaults = await fsPromises.readFile('defaults.json', 'utf8');
  const local = await fsPromises.readFile('local.json', 'utf8');
  return { ...JSON.parse(defaults), ...JSON.parse(local) };
}

module.exports = { loadSettings };
