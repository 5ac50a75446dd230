/** `--dry`: each changed file's unified diff, coloured on a terminal, with its notes under it. */
import type { FileReport } from '../../engine/report';
import type { Colors } from './colors';
import { siteLines } from './sites';

export function formatDiff(file: FileReport, c: Colors): string {
  const diff = (file.diff ?? '').replace(/\n$/, '').split('\n').map((line) => colorDiffLine(line, c));
  const notes = siteLines(file, c, ['note']);
  return [...diff, ...notes, ''].join('\n');
}

function colorDiffLine(line: string, c: Colors): string {
  if (line.startsWith('+++') || line.startsWith('---')) return c.bold(line);
  if (line.startsWith('+')) return c.green(line);
  if (line.startsWith('-')) return c.red(line);
  if (line.startsWith('@@')) return c.cyan(line);
  return line;
}
