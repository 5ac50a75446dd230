const fs = require('fs');
const zlib = require('zlib');
const { promisify } = require('util');

const readAsync = promisify(fs.read);
const gunzipAsync = promisify(zlib.gunzip);

// fs.read fills buf; gunzip must not read it before.
async function readBlock(fd, n) {
  const buf = Buffer.alloc(n);
  await readAsync(fd, buf, 0, n, null);
  const out = await gunzipAsync(buf);
  return out;
}

// A file handle's read fills the buffer it is given too.
async function readHandle(handle, n) {
  const buf = Buffer.alloc(n);
  await handle.read(buf, 0, n, 0);
  const out = await gunzipAsync(buf);
  return out;
}

module.exports = { readBlock, readHandle };
