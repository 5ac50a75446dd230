import * as fs from 'fs';

export function appendAudit(file: string, line: string, cb: (err: Error | null) => void): void {
  fs.appendFile(file, line + '\n', (err) => {
    if (err) return cb(err);
    console.log('audit written');
    cb(null);
  });
  console.log('audit queued:', line);
}
