const fsPromises = require('fs/promises');

async function loadSettings() {
  const [defaults, local] = await Promise.all([
    fsPromises.readFile('defaults.json', 'utf8'),
    fsPromises.readFile('local.json', 'utf8')
  ]);

  return { ...JSON.parse(defaults), ...JSON.parse(local) };
}

module.exports = { loadSettings };
