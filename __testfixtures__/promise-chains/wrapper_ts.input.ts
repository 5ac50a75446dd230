import * as fs from 'fs';

export function listDir(dir: string): Promise<string[]> {
  return new Promise<string[]>((resolve, reject) => {
    fs.readdir(dir, (err, names) => {
      if (err) return reject(err);
      resolve(names);
    });
  });
}
