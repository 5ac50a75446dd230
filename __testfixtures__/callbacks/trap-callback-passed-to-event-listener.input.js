function waitForClose(stream, cb) {
  stream.once('close', cb);
}

function onEnd(stream, callback) {
  stream.on('end', callback);
}

module.exports = { waitForClose, onEnd };
