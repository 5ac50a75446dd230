const path = require('path');
const fsPromises = require('fs/promises');

// Sizes of the files in a directory, one stat after the other.
async function fileSizes(dir) {
  const names = await fsPromises.readdir(dir);
  const sizes = {};

  for (let i = 0; i !== names.length; i++) {
    const stats = await fsPromises.stat(path.join(dir, names[i]));
    sizes[names[i]] = stats.size;
  }

  return sizes;
}

module.exports = { fileSizes };
