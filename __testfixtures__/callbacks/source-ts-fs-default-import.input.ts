import fs from 'fs';

export function size(file: string, cb: (err: Error | null, size?: number) => void): void {
  fs.stat(file, (err, stats) => {
    if (err) return cb(err);
    cb(null, stats.size);
  });
}
