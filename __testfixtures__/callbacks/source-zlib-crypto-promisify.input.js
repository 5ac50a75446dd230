const zlib = require('zlib');
const crypto = require('crypto');

function packMessage(text, cb) {
  zlib.deflate(text, (err, compressed) => {
    if (err) return cb(err);
    crypto.randomBytes(8, (err, nonce) => {
      if (err) return cb(err);
      zlib.deflate(nonce, (err, packedNonce) => {
        if (err) return cb(err);
        cb(null, Buffer.concat([packedNonce, compressed]));
      });
    });
  });
}

module.exports = { packMessage };
