const assert = require('assert');
const fsPromises = require('fs/promises');

async function printConfig(file) {
  const text = await fsPromises.readFile(file, 'utf8');
  console.log(text.trim());
}

module.exports = { printConfig };
