const test = require('tape');
const db = require('./db');
const { EventEmitter } = require('events');

test('counts its assertions', function (t) {
  t.plan(1);
  db.load(1, function (err, user) {
    t.equal(user.id, 1);
  });
});

test('can end twice', function (t) {
  db.load(2, function (err, user) {
    if (err) t.end(err);
    t.end();
  });
});

test('asserts after the end', function (t) {
  db.load(3, function (err, user) {
    if (err) return t.end(err);
    t.end();
    t.ok(user);
  });
});

test('ends from an event', function (t) {
  const events = new EventEmitter();
  events.on('done', function () {
    t.end();
  });
  db.load(4, function (err) {
    events.emit('done');
  });
});

test('ends on a stream end', function (t) {
  const events = new EventEmitter();
  events.on('end', t.end);
  events.emit('end');
});

test('ends by a timer', function (t) {
  setTimeout(t.end, 10);
});

test('hands its test object on', function (t) {
  check(t, 5);
});

test('stores its end', function (t) {
  const finish = t.end;
  db.load(6, function (err) {
    finish(err);
  });
});

test('takes a second parameter', function (t, extra) {
  db.load(7, function (err) {
    t.end(err);
  });
});

test('returns a promise', function (t) {
  return db.load(8).then(() => t.end());
});

test('names its error check', function (t) {
  db.load(9, function (err, user) {
    t.error(err, 'loaded');
    t.end();
  });
});

test('is async already', async function (t) {
  const user = await db.load(10);
  t.ok(user);
});

function check(t, id) {
  db.load(id, function (err, user) {
    t.ok(user);
    t.end();
  });
}
