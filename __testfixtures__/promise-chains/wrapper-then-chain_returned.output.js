const fsPromises = require('fs/promises');

async function readJson(file) {
  const text = await fsPromises.readFile(file, 'utf8');
  return JSON.parse(text);
}

module.exports = { readJson };
