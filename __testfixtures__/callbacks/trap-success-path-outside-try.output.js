const fsPromises = require('fs/promises');

async function readSettings(file) {
  let text;

  try {
    text = await fsPromises.readFile(file, 'utf8');
  } catch {
    log('no settings file, using defaults');
    return { theme: 'light' };
  }

  const settings = JSON.parse(text);
  return settings;
}

module.exports = { readSettings };
