import * as db from './db';

export function readWithRetry(key: string, tries: number, cb: (err: Error | null, value?: string) => void): void {
  db.read(key, tries, (err: Error | null, value?: string) => {
    if (err && tries > 1) return readWithRetry(key, tries - 1, cb);
    cb(err, value);
  });
}
