const fsPromises = require('fs/promises');

function readText(file) {
  return fsPromises.readFile(file, 'utf8');
}

async function firstLine(file) {
  const text = await readText(file);
  return text.split('\n')[0];
}

module.exports = { readText, firstLine };
