import * as fs from 'fs';

export function watchConfig(file: string, cb: (err: Error | null, text?: string) => void): NodeJS.Timeout {
  fs.readFile(file, 'utf8', (err, text) => {
    if (err) return cb(err);
    cb(null, text);
  });
  return setInterval(() => console.log('still watching', file), 1000);
}
