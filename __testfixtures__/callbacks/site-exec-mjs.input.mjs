import { exec } from 'node:child_process';

export function diskUsage(dir, cb) {
  exec(`du -sh ${dir}`, (err, stdout, stderr) => {
    if (err) return cb(err);
    cb(null, { size: stdout.split('\t')[0], warnings: stderr.length });
  });
}
