const fsPromises = require('fs/promises');

async function readVersion(file) {
  let text;

  try {
    text = await fsPromises.readFile(file, 'utf8');
  } catch {
    return '0.0.0';
  }

  return text.trim();
}

module.exports = { readVersion };
