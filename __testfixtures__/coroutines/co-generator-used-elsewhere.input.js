const co = require('co');
const db = require('./db');

function* steps(id) {
  yield db.stepOne(id);
  yield db.stepTwo(id);
}

const runSteps = co.wrap(steps);

function countSteps(id) {
  let n = 0;
  for (const step of steps(id)) if (step) n += 1;
  return n;
}

module.exports = { runSteps, countSteps };
