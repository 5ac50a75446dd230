import { readFile } from 'fs';

export function readText(file, cb) {
  readFile(file, 'utf8', (err, text) => {
    if (err) return cb(err);
    cb(null, text.trim());
  });
}
