const fs = require('node:fs/promises');

class Uploader {
  constructor(dir) {
    this.dir = dir;
    this.sent = 0;
  }

  async send(name) {
    const body = await fs.readFile(`${this.dir}/${name}`, 'utf8');
    this.sent += 1;
    setTimeout(() => {
      log('sent', name, body.length, 'bytes;', this.sent, 'so far');
    }, 25);
  }
}

function sendOne(dir, name) {
  return new Uploader(dir).send(name);
}

module.exports = { sendOne };
