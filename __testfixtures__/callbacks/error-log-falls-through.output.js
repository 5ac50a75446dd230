const fsPromises = require('fs/promises');

async function cleanup(tmpFile) {
  try {
    await fsPromises.unlink(tmpFile);
  } catch (err) {
    console.warn('could not remove', tmpFile, err.code);
  }

  console.log('cleanup done');
  return true;
}

module.exports = { cleanup };
