const fsPromises = require('fs/promises');

const countLines = async (file) => {
  const text = await fsPromises.readFile(file, 'utf8');
  const lines = text.split('\n').length;
  return lines;
};

module.exports = { countLines };
