const { EventEmitter } = require('events');

class Job extends EventEmitter {
  run(input) {
    this.emit('start', input);
    setImmediate(() => this.emit('done', null, input * 2));
  }
}

function watch(job, cb) {
  job.on('error', (err) => log('job failed', err.message));
  job.once('done', (err, result) => cb(result));
}

module.exports = { Job, watch };
