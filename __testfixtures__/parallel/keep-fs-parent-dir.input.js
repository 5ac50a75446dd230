const fsPromises = require('fs/promises');

async function prepare(report) {
  await fsPromises.mkdir('out');
  await fsPromises.writeFile('out/report.txt', report);
}

module.exports = { prepare };
