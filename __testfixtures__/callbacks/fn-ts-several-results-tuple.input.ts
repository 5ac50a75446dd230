import * as fs from 'fs';

export function readWithSize(file: string, cb: (err: Error | null, text?: string, size?: number) => void): void {
  fs.readFile(file, 'utf8', (err, text) => {
    if (err) return cb(err);
    cb(null, text, text.length);
  });
}
