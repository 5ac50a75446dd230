const db = require('./db');

function sync(ids) {
  return (async () => {
    const saveAll = async function(list) {
      for (const id of list) await db.save(id);
      return list.length;
    };
    const count = await saveAll(ids);
    log('saved', count);
    return count;
  })();
}

module.exports = { sync };
