import * as db from './db';

import { promisify } from 'util';

export async function flush(pending: string[]): Promise<void> {
  while (pending.length !== 0) {
    await promisify(db.write).call(db, pending.shift());
  }
}
