const async = require('async');
const events = require('./events');

const pending = [];

async function waitAll(names) {
  await async.each(names, (name, done) => {
    pending.push(done);
    events.subscribe(name);
  });
}

module.exports = { waitAll, pending };
