const assert = require('assert');
const fs = require('fs');
const db = require('../lib/db');

describe('users', function () {
  this.timeout(5000);

  beforeEach(function (done) {
    db.reset(function (err) {
      if (err) return done(err);
      done();
    });
  });

  it('loads a user', function (done) {
    db.load(1, function (err, user) {
      if (err) return done(err);
      assert.equal(user.id, 1);
      done();
    });
  });

  it('reads a fixture', (done) => {
    fs.readFile(__filename, 'utf8', (err, text) => {
      assert.ifError(err);
      assert.ok(text.length > 0);
      done();
    });
  });

  it('rejects a bad id', function (done) {
    db.load(-1, function (err) {
      assert.ok(err);
      done();
    });
  });

  it('waits', function (done) {
    setTimeout(done, 10);
  });
});
