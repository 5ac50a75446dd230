const db = require('./db');

// 'a-b' needs a made-up parameter name, which must not be value1, a key of its own.
const both = async function(id) {
  const r = await Promise.all([db.getUser(id), db.getStats(id)]).then(([value1_2, value1]) => ({
    'a-b': value1_2,
    value1
  }));
  return r;
};

module.exports = { both };
