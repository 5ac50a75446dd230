const fs = require('fs');
const path = require('path');

function copyTemplate(name, destDir, cb) {
  fs.readFile(path.join('templates', name), 'utf8', (err, template) => {
    if (err) return cb(err);
    const target = path.join(destDir, name);
    fs.writeFile(target, template.replace('{{year}}', '2024'), (err) => {
      if (err) return cb(err);
      cb(null, target);
    });
  });
}

module.exports = { copyTemplate };
