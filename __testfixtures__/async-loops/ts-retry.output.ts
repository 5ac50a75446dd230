import * as db from './db';

import { promisify } from 'util';

export async function readWithRetry(key: string, tries: number): Promise<string> {
  while (true) {
    let value: string;

    try {
      value = await promisify(db.read).call(db, key, tries);
    } catch (err) {
      if (tries > 1) {
        tries -= 1;
        continue;
      }

      throw err;
    }

    return value;
  }
}
