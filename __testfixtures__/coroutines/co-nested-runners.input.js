const co = require('co');
const db = require('./db');

function sync(ids) {
  return co(function* () {
    const saveAll = co.wrap(function* (list) {
      for (const id of list) yield db.save(id);
      return list.length;
    });
    const count = yield saveAll(ids);
    log('saved', count);
    return count;
  });
}

module.exports = { sync };
