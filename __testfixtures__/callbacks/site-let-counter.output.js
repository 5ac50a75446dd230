const queue = require('./queue');

const { promisify } = require('util');

async function drainCount(name) {
  let remaining = await promisify(queue.size).call(queue, name);
  remaining -= 1;
  console.log('after the current job', remaining, 'left');
  return remaining;
}

module.exports = { drainCount };
