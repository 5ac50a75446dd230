import * as db from './db';

export function flush(pending: string[], cb: (err?: Error | null) => void): void {
  if (pending.length === 0) return cb();
  db.write(pending.shift(), (err?: Error | null) => {
    if (err) return cb(err);
    flush(pending, cb);
  });
}
