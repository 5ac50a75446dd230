const fsPromises = require('fs/promises');

async function mergeFiles(first, second) {
  const data = await fsPromises.readFile(first, 'utf8');
  const head = data.trim();
  const data2 = await fsPromises.readFile(second, 'utf8');
  return head + '\n' + data2.trim();
}

module.exports = { mergeFiles };
