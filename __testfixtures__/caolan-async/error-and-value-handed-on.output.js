const fsPromises = require('fs/promises');

async function save(name, text) {
  await fsPromises.writeFile(name, text);
  const back = await fsPromises.readFile(name, 'utf8');
  return ['written', back];
}

module.exports = { save };
