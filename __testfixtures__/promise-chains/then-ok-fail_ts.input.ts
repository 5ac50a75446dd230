import * as db from './db';

export function tryLoad(id: number): Promise<string> {
  return db.getUser(id).then(
    (user: { from: string }) => {
      if (id === 3) throw new Error('rejected in ok');
      return user.from;
    },
    (err: any) => 'fallback for ' + err.message,
  );
}
