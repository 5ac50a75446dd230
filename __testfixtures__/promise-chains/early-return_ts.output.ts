import * as db from './db';

export async function pick(id: number): Promise<string | null> {
  try {
    const user = await db.getUser(id);
    if (user.id === 1) return null;
    if (user.id === 2) {
      const alias = await db.getAlias(user.id);
      return await alias.from;
    }
    return 'plain ' + user.id;
  } finally {
    await log('picked', id);
  }
}
