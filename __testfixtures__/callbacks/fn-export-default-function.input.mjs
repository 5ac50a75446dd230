import * as db from './db';

export default function loadAccount(id, cb) {
  db.getAccount(id, (err, account) => {
    if (err) return cb(err);
    cb(null, account);
  });
}
