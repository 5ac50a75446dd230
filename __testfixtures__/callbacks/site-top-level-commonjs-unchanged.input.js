const fs = require('fs');

fs.readFile('config.json', 'utf8', (err, text) => {
  if (err) {
    console.error('no config, using defaults');
    return;
  }
  console.log('config loaded', JSON.parse(text));
});
