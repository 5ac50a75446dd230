import * as db from './db';

interface User {
  id: number;
  from: string;
}

export async function displayName(id: number): Promise<string> {
  try {
    const user: User = await db.getUser(id);
    return await user.from.toUpperCase();
  } catch (err: unknown) {
    log('no display name', (err as Error).message);
    return 'anonymous';
  }
}
