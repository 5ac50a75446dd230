import * as async from 'async';
import * as db from './db';

export async function sizes(files: string[]): Promise<number[]> {
  return async.mapLimit(files, 2, (file: string, cb: (err: Error | null, size?: number) => void) => {
    db.stat(file, (err: Error | null, stat: { id: string }) => {
      if (err) return cb(err);
      cb(null, stat.id.length);
    });
  });
}
