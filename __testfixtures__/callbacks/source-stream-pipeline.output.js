const fs = require('fs');
const zlib = require('zlib');
const streamPromises = require('stream/promises');

async function gzipFile(source, target) {
  await streamPromises.pipeline(
    fs.createReadStream(source),
    zlib.createGzip(),
    fs.createWriteStream(target)
  );

  return target;
}

module.exports = { gzipFile };
