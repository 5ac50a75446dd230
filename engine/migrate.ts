import type { MigrateOptions } from './migrate-options';
import type { RunReport } from './report';
export async function migrate(_options: MigrateOptions): Promise<RunReport> {
  throw new Error('migrate: not written yet');
}
