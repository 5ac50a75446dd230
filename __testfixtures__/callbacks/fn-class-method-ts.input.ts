import * as db from './db';

interface User {
  id: number;
  from: string;
}

class Users {
  private find(id: number, cb: (err: Error | null, user?: User) => void): void {
    db.getUser(id, (err: Error | null, user: User) => {
      if (err) return cb(err);
      cb(null, user);
    });
  }

  findName(id: number, cb: (err: Error | null, name?: string) => void): void {
    this.find(id, (err, user) => {
      if (err) return cb(err);
      cb(null, user!.from);
    });
  }
}

export function nameOf(id: number, cb: (err: Error | null, name?: string) => void): void {
  const users = new Users();
  users.findName(id, (err, name) => {
    if (err) return cb(err);
    cb(null, name);
  });
}
