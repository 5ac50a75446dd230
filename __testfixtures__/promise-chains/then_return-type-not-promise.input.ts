import * as db from './db';

export function load(id: number): PromiseLike<string> {
  return db.getUser(id).then((user: { from: string }) => user.from);
}
