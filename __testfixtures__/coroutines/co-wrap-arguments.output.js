const db = require('./db');

const saveAll = async function() {
  const saved = [];
  for (const id of arguments) saved.push((await db.save(id)).id);
  return saved;
};

module.exports = { saveAll };
