const co = require('co');
const fs = require('fs');
const thunkify = require('thunkify');

const readFile = thunkify(fs.readFile);

const loadBoth = co.wrap(function* () {
  const a = yield readFile('a.txt', 'utf8');
  const b = yield fs.readFile.bind(null, 'b.txt', 'utf8');
  return a + b;
});

module.exports = { loadBoth };
