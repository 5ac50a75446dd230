const db = require('./db');

const fsPromises = require('fs/promises');
const { promisify } = require('util');

async function readConfig(file, options = { encoding: 'utf8' }) {
  const text = await fsPromises.readFile(file, options.encoding);
  return JSON.parse(text);
}

async function loadDefault(id) {
  const config = await readConfig('config.json');
  return promisify(db.get).call(db, id, config.port);
}

async function loadLatin(id) {
  const config = await readConfig('config.json', { encoding: 'latin1' });
  return promisify(db.get).call(db, id, config.port);
}

module.exports = { loadDefault, loadLatin };
