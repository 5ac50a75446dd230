import * as db from './db';

export async function timed(id: number): Promise<number> {
  const started = 'start ' + id;
  log(started);

  try {
    const user: { id: number } = await db.getUser(id);
    return user.id * 100;
  } finally {
    await log('finished', id);
  }
}
