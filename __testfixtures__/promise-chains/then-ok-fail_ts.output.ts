import * as db from './db';

export async function tryLoad(id: number): Promise<string> {
  let user: { from: string };

  try {
    user = await db.getUser(id);
  } catch (err: any) {
    return 'fallback for ' + err.message;
  }

  if (id === 3) throw new Error('rejected in ok');
  return user.from;
}
