// The receiver reaches a private field: `promisify(…).call(this.#db.conn, …)` would need a copy of
// `this.#db`, which is not a plain name path. The call stays, with its reason.
class Store {
  #db;

  constructor(db) {
    this.#db = db;
  }

  load(id, cb) {
    this.#db.conn.get(id, (err, row) => {
      if (err) return cb(err);
      cb(null, row);
    });
  }
}

module.exports = { Store };
