const fsPromises = require('fs/promises');

async function loadTemplate(name) {
  const textPromise = fsPromises.readFile('views/' + name, 'utf8');
  log('reading', name);
  const text = await textPromise;
  log('loaded', name);
  return text.length;
}

module.exports = { loadTemplate };
