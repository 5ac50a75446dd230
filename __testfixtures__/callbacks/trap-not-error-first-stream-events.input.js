function collect(stream, cb) {
  const chunks = [];
  stream.on('data', (chunk) => chunks.push(chunk));
  stream.on('error', (err) => cb(err));
  stream.on('end', () => cb(null, chunks.join('')));
}

module.exports = { collect };
