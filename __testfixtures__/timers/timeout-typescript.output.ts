import * as db from './db';

import { setTimeout as sleep } from 'timers/promises';

export async function expire(id: number): Promise<void> {
  const session: { id: number } = await db.getSession(id);
  await sleep(60);
  log('expiring', session.id);
  db.expire(session.id);
}
