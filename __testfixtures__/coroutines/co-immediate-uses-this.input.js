const co = require('co');
const db = require('./db');

function touch(id) {
  return co(function* () {
    this.touched = yield db.touch(id);
    return arguments.length;
  });
}

module.exports = { touch };
