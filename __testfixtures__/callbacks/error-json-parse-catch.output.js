const fsPromises = require('fs/promises');

async function readManifest(file) {
  const text = await fsPromises.readFile(file, 'utf8');
  let manifest;
  manifest = JSON.parse(text);
  return manifest.name + '@' + manifest.version;
}

module.exports = { readManifest };
