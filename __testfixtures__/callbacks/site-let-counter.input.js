const queue = require('./queue');

function drainCount(name, cb) {
  queue.size(name, (err, remaining) => {
    if (err) return cb(err);
    remaining -= 1;
    console.log('after the current job', remaining, 'left');
    cb(null, remaining);
  });
}

module.exports = { drainCount };
