const db = require('./db');

async function twice(id) {
  const user = await db.getUser(id);
  const label2 = 'first ' + user.id;
  const first = label2;
  const label = 'second';
  return first + ' / ' + label;
}

module.exports = { twice };
