const db = require('./db');

const nameOf = (id) => db.getUser(id).then((user) => user.from);

module.exports = { nameOf };
