const fsPromises = require('fs/promises');

module.exports = async function appendLog(file, line) {
  const entry = new Date(0).toISOString() + ' ' + line + '\n';
  await fsPromises.appendFile(file, entry);
};
