import * as db from './db';

interface User {
  id: number;
  from: string;
}

export function displayName(id: number): Promise<string> {
  return db
    .getUser(id)
    .then((user: User) => user.from.toUpperCase())
    .catch((err: unknown) => {
      log('no display name', (err as Error).message);
      return 'anonymous';
    });
}
