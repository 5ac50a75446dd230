const db = require('./db');

const fsPromises = require('fs/promises');
const { promisify } = require('util');

async function importUsers(file) {
  const text = await fsPromises.readFile(file, 'utf8');
  const names = text.split(',');
  const batch = await promisify(db.createBatch).call(db, names.length);
  await promisify(db.insertMany).call(db, batch.id, names);
  await fsPromises.unlink(file);
  return names.length;
}

module.exports = { importUsers };
