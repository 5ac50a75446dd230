import fs from 'fs';

fs.readFile('config.json', 'utf8', (err, text) => {
  if (err) {
    log('no config, using defaults');
    return;
  }
  log('config', JSON.parse(text).port);
});
