const db = require('./db');

async function twice(id) {
  const first = await db.getUser(id).then((user) => {
    const label = 'first ' + user.id;
    return label;
  });
  const label = 'second';
  return first + ' / ' + label;
}

module.exports = { twice };
