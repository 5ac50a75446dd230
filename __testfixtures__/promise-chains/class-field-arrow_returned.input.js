const db = require('./db');

class Panel {
  title = 'panel';

  load = (id) => db.getUser(id).then((user) => this.title + ' ' + user.from);
}

function open(id) {
  return new Panel().load(id);
}

module.exports = { open };
