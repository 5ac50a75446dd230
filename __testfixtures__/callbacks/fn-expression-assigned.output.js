const fsPromises = require('fs/promises');

const loadConfig = async function (file) {
  const text = await fsPromises.readFile(file, 'utf8');
  const config = JSON.parse(text);
  return config;
};

module.exports = { loadConfig };
