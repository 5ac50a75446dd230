const fs = require('fs');

const fsPromises = require('fs/promises');

async function printConfig(file) {
  const stat = await fs.promises.stat(file);
  console.log('size', stat.size);
  const text = await fsPromises.readFile(file, 'utf8');
  console.log(text);
}

module.exports = { printConfig };
