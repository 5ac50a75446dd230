/** `--check`: the files that would change, one per line, for CI logs and scripts. */
import type { FileReport } from '../../engine/report';

export function formatCheckList(files: readonly FileReport[]): string {
  return files
    .filter((file) => file.status === 'changed')
    .map((file) => `${file.file}\n`)
    .join('');
}
