const fsPromises = require('fs/promises');

async function printSizes(files) {
  for (const file of files) {
    const text = await fsPromises.readFile(file, 'utf8');
    const size = text.length;
    log(file, size);
  }
}

module.exports = { printSizes };
