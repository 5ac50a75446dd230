import * as db from './db';

interface Job {
  id: number;
}

export function runJobs(jobs: Job[], cb: (err: Error | null, done?: number) => void): void {
  function next(i: number): void {
    if (i === jobs.length) return cb(null, jobs.length);
    db.run(jobs[i].id, (err: Error | null) => {
      if (err) return cb(err);
      next(i + 1);
    });
  }
  next(0);
}
