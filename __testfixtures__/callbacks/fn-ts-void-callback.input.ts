import * as fs from 'fs';

export function writeReport(file: string, lines: string[], cb: (err?: Error | null) => void): void {
  const text = lines.join('\n') + '\n';
  fs.writeFile(file, text, (err) => {
    if (err) return cb(err);
    cb();
  });
}
