const fsPromises = require('fs/promises');

async function writeAll(files) {
  await Promise.all(
    Object.keys(files).map(async (name) => fsPromises.writeFile(name, files[name]))
  );
  return Object.keys(files).length;
}

module.exports = { writeAll };
