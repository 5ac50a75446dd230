const fsPromises = require('fs/promises');

async function roundTrip(data) {
  await fsPromises.writeFile('out.json', JSON.stringify(data));
  const text = await fsPromises.readFile('out.json', 'utf8');
  return JSON.parse(text);
}

module.exports = { roundTrip };
