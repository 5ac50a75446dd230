const fs = require('fs');

async function printConfig(file) {
  const stat = await fs.promises.stat(file);
  console.log('size', stat.size);
  fs.readFile(file, 'utf8', (err, text) => {
    if (err) throw err;
    console.log(text);
  });
}

module.exports = { printConfig };
