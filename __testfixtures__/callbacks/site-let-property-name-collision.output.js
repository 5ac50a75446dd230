const queue = require('./queue');

const { promisify } = require('util');

async function drainCount(name) {
  let size = await promisify(queue.size).call(queue, name);
  size -= 1;
  console.log('after the current job', size, 'left');
  return size;
}

module.exports = { drainCount };
