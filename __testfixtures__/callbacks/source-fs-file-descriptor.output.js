const fs = require('fs');

const { promisify } = require('util');
const openAsync = promisify(fs.open);
const readFileAsync = promisify(fs.readFile);
const closeAsync = promisify(fs.close);

async function head(file) {
  const fd = await openAsync(file, 'r');
  const text = await readFileAsync(fd, 'utf8');
  await closeAsync(fd);
  return text.trim();
}

module.exports = { head };
