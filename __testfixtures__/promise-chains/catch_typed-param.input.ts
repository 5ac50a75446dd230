import * as db from './db';

export function typedCatch(id: number): Promise<string> {
  return db.getUser(id).catch((err: Error) => err.message);
}
