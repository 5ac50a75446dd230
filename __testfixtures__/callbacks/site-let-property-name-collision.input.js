const queue = require('./queue');

function drainCount(name, cb) {
  queue.size(name, (err, size) => {
    if (err) return cb(err);
    size -= 1;
    console.log('after the current job', size, 'left');
    cb(null, size);
  });
}

module.exports = { drainCount };
