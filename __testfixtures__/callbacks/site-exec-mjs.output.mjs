import { exec } from 'node:child_process';

import { promisify } from 'node:util';
const execAsync = promisify(exec);

export async function diskUsage(dir) {
  const { stdout, stderr } = await execAsync(`du -sh ${dir}`);
  return { size: stdout.split('\t')[0], warnings: stderr.length };
}
