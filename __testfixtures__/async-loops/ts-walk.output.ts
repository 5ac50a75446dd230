import * as db from './db';

import { promisify } from 'util';

interface Job {
  id: number;
}

export async function runJobs(jobs: Job[]): Promise<number> {
  for (let i: number = 0; i !== jobs.length; i++) {
    await promisify(db.run).call(db, jobs[i].id);
  }

  return jobs.length;
}
