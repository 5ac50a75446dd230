const path = require('path');
const fsPromises = require('fs/promises');

async function readTemplate(name) {
  const file = path.join('templates', name + '.html');
  return fsPromises.readFile(file, 'utf8');
}

module.exports = { readTemplate };
