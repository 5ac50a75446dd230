const db = require('./db');

async function withArgs(id) {
  await db.load(id);
  setTimeout(log, 10, 'loaded', id);
}

async function withParams(id) {
  await db.load(id);
  setTimeout((a) => log('got', a), 10);
}

async function usesThis(id) {
  await db.load(id);
  setTimeout(function () {
    this.unref();
  }, 10);
}

async function returnsValue(id) {
  await db.load(id);
  setTimeout(() => {
    return db.after(id);
  }, 10);
}

async function method(id) {
  await db.load(id);
  setTimeout(db.after, 10);
}

async function asyncCallback(id) {
  await db.load(id);
  setTimeout(async () => {
    await db.after(id);
  }, 10);
}

module.exports = { withArgs, withParams, usesThis, returnsValue, method, asyncCallback };

async function passedIn(id, done) {
  await db.load(id);
  setTimeout(done, 10);
}

module.exports.passedIn = passedIn;
