const fsPromises = require('fs/promises');

async function readReport(file) {
  const textPromise = fsPromises.readFile(file, 'utf8');
  console.log('reading', file);
  const text = await textPromise;
  console.log('read', text.length, 'chars');
  return text.split('\n');
}

module.exports = { readReport };
