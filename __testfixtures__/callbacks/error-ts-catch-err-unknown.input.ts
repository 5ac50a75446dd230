import * as fs from 'fs';

export function readLines(file: string, cb: (err: Error | null, lines?: string[]) => void): void {
  fs.readFile(file, 'utf8', (err, text) => {
    if (err) {
      console.warn('falling back to an empty list:', err.message);
      cb(null, []);
    } else {
      cb(null, text.split('\n').filter((line) => line.length > 0));
    }
  });
}
