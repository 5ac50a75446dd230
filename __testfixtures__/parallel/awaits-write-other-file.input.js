const fsPromises = require('fs/promises');

async function rotate(line) {
  await fsPromises.appendFile('logs/old.log', line);
  const current = await fsPromises.readFile('logs/current.log', 'utf8');
  return current.length;
}

module.exports = { rotate };
