const fsPromises = require('fs/promises');
const { promisify } = require('util');
const mv = require('./mv');

// mv moves files: the read must wait for it, though the two share no variable.
async function moveThenRead() {
  await promisify(mv)('test/a-folder', 'test/a-folder-dest');
  const contents = await fsPromises.readFile('test/a-folder-dest/another-file', 'utf8');
  return contents;
}

module.exports = { moveThenRead };
