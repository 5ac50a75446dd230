const fsPromises = require('fs/promises');

async function removeLock(dir) {
  try {
    await fsPromises.unlink(dir + '/.lock');
  } catch {}

  log('lock released');
  return dir;
}

module.exports = { removeLock };
