const path = require('path');
const fsPromises = require('fs/promises');

async function copyTemplate(name, destDir) {
  const template = await fsPromises.readFile(path.join('templates', name), 'utf8');
  const target = path.join(destDir, name);
  await fsPromises.writeFile(target, template.replace('{{year}}', '2024'));
  return target;
}

module.exports = { copyTemplate };
