const assert = require('assert');
const db = require('../lib/db');

const { promisify } = require('util');
const fsPromises = require('fs/promises');

describe('users', function () {
  this.timeout(5000);

  beforeEach(async function () {
    await promisify(db.reset).call(db);
  });

  it('loads a user', async function () {
    const user = await promisify(db.load).call(db, 1);
    assert.equal(user.id, 1);
  });

  it('reads a fixture', async () => {
    const text = await fsPromises.readFile(__filename, 'utf8');
    assert.ok(text.length > 0);
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
