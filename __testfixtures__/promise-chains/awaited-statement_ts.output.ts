import * as db from './db';

export async function refresh(ids: number[]): Promise<number> {
  let count = 0;
  for (const id of ids) {
    await db.reload(id);
    count += 1;
  }
  return count;
}
