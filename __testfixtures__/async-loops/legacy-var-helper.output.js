var db = require('./db');

const { promisify } = require('util');

async function importRows(rows) {
  var index = 0;

  while (!(index >= rows.length)) {
    const row = rows[index];
    const id = await promisify(db.insert).call(db, row);
    row.id = id;
    index++;
  }

  return index;
}

module.exports = { importRows };
