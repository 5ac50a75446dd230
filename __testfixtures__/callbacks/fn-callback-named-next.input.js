const db = require('./db');

function resolveAlias(alias, next) {
  db.lookupAlias(alias, (err, entry) => {
    if (err) return next(err);
    if (!entry.id) return next(new Error('unknown alias ' + alias));
    next(null, entry.id);
  });
}

module.exports = { resolveAlias };
