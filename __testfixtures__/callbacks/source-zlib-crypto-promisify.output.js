const zlib = require('zlib');
const crypto = require('crypto');

const { promisify } = require('util');
const deflateAsync = promisify(zlib.deflate);
const randomBytesAsync = promisify(crypto.randomBytes);

async function packMessage(text) {
  const compressed = await deflateAsync(text);
  const nonce = await randomBytesAsync(8);
  const packedNonce = await deflateAsync(nonce);
  return Buffer.concat([packedNonce, compressed]);
}

module.exports = { packMessage };
