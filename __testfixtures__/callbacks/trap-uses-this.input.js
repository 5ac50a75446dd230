function insertUser(db, name, cb) {
  db.run('INSERT INTO users (name) VALUES (?)', name, function (err) {
    if (err) return cb(err);
    cb(null, this.lastID);
  });
}

module.exports = { insertUser };
