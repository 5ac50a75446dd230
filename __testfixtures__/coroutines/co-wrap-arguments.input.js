const co = require('co');
const db = require('./db');

const saveAll = co.wrap(function* () {
  const saved = [];
  for (const id of arguments) saved.push((yield db.save(id)).id);
  return saved;
});

module.exports = { saveAll };
