import * as db from './db';

interface User {
  id: string;
  from: string;
}

export function getUser(id: string, cb: (err: Error | null, user?: User) => void): void {
  db.getUser(id, (err: Error | null, user?: User) => {
    if (err) return cb(err);
    cb(null, user);
  });
}
