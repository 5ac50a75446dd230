import * as fs from 'node:fs';

export function listLogs(dir, cb) {
  fs.readdir(dir, (err, names) => {
    if (err) return cb(err);
    cb(null, names.filter((name) => name.endsWith('.log')).sort());
  });
}
