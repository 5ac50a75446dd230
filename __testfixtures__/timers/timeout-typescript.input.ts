import * as db from './db';

export async function expire(id: number): Promise<void> {
  const session: { id: number } = await db.getSession(id);
  setTimeout((): void => {
    log('expiring', session.id);
    db.expire(session.id);
  }, 60);
}
