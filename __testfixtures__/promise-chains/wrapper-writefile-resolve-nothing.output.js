const fsPromises = require('fs/promises');

function save(file, text) {
  return fsPromises.writeFile(file, text);
}

module.exports = { save };
