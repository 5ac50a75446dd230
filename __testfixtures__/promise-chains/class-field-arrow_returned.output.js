const db = require('./db');

class Panel {
  title = 'panel';

  load = async (id) => {
    const user = await db.getUser(id);
    return this.title + ' ' + user.from;
  };
}

function open(id) {
  return new Panel().load(id);
}

module.exports = { open };
