const fsPromises = require('fs/promises');

async function describeFile(file) {
  const info = await fsPromises.stat(file);
  const text = await fsPromises.readFile(file, 'utf8');
  return { lines: text.split('\n').length, isFile: info.isFile() };
}

module.exports = { describeFile };
