const db = require('./db');
const { promisify } = require('util');

// The iteratee reuses its parameter as a `for…of` target: it cannot become the loop's `const`.
async function tagAll(ids, tags) {
  for (let id of ids) {
    for (id of tags) log(id);
    await promisify(db.touch).call(db, id);
  }
}

module.exports = { tagAll };
