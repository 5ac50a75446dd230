const fs = require('node:fs/promises');

const { setTimeout: sleep } = require('node:timers/promises');

class Uploader {
  constructor(dir) {
    this.dir = dir;
    this.sent = 0;
  }

  async send(name) {
    const body = await fs.readFile(`${this.dir}/${name}`, 'utf8');
    this.sent += 1;
    await sleep(25);
    log('sent', name, body.length, 'bytes;', this.sent, 'so far');
  }
}

function sendOne(dir, name) {
  return new Uploader(dir).send(name);
}

module.exports = { sendOne };
