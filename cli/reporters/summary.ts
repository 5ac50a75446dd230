/** The closing summary of a human run (stderr), and the list of failed files. */
import type { RunReport, RunWork } from '../../engine/report';
import type { Colors } from './colors';
import { formatFailureLine, siteLines } from './sites';

export interface SummaryMode {
  /** Nothing was written (`--dry` or `--check`): "changed" reads "would change". */
  dry: boolean;
  check: boolean;
  /** `--verbose`: also where the time went (`summary.work`). */
  verbose?: boolean;
}

export function formatSummary(report: RunReport, mode: SummaryMode, c: Colors): string {
  const { files, sites, skippedByReason, notesByCode, durationMs } = report.summary;
  const changedLabel = mode.dry || mode.check ? 'would change' : 'changed';
  const rows: [string, string][] = [
    ['Files', [
      `${files.scanned} scanned`,
      c.green(`${files.changed} ${changedLabel}`),
      `${files.unchanged} unchanged`,
      (files.failed ? c.red : c.dim)(`${files.failed} failed`),
    ].join(' · ')],
    ['Sites', [
      c.green(`${sites.converted} converted`),
      (sites.skipped ? c.yellow : c.dim)(`${sites.skipped} skipped`),
      plural(sites.notes, 'note'),
    ].join(' · ')],
  ];
  if (sites.skipped) rows.push(['Skipped', countsByCode(skippedByReason)]);
  if (sites.notes) rows.push(['Notes', countsByCode(notesByCode)]);
  rows.push(['Time', formatDuration(durationMs)]);
  if (mode.verbose && report.summary.work) rows.push(['Work', formatWork(report.summary.work)]);

  const lines = rows.map(([label, value]) => `${c.bold(label.padEnd(LABEL_WIDTH))} ${value}`);
  if (files.scanned === 0) lines.push(c.yellow('No files matched the given paths.'));
  const hint = closingHint(files.changed, mode);
  if (hint) lines.push(c.dim(hint));
  return `${lines.join('\n')}\n`;
}

/**
 * The behaviour notes with their `file:line`, for runs that print no site lines (not `--verbose`)
 * and no diffs (not `--dry`): a note is a behaviour difference a reviewer must see.
 */
export function formatNotes(report: RunReport, c: Colors, limit = NOTES_SHOWN): string {
  const lines = report.files.flatMap((file) => siteLines(file, c, ['note']));
  if (lines.length === 0) return '';
  const shown = lines.slice(0, limit).map((line) => `  ${line}`);
  if (lines.length > limit) shown.push(c.dim(`  … and ${lines.length - limit} more (--verbose or --json lists them all)`));
  return `${c.bold('Behaviour notes:')}\n${shown.join('\n')}\n`;
}

const NOTES_SHOWN = 20;

/** `file:line:col  code  message` for every failed file; printed even under --quiet. */
export function formatFailures(report: RunReport, c: Colors): string {
  const failed = report.files.filter((file) => file.status === 'failed');
  if (failed.length === 0) return '';
  const lines = failed.map((file) =>
    formatFailureLine(file.file, file.error ?? { code: 'failed', message: 'failed' }, c),
  );
  return `${c.red(c.bold(`${plural(failed.length, 'file')} failed:`))}\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
}

const LABEL_WIDTH = 8;

/** One code per line, most frequent first, then by name; counts right-aligned. */
function countsByCode(counts: Record<string, number>): string {
  const entries = Object.entries(counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  const width = Math.max(...entries.map(([, count]) => String(count).length));
  return entries
    .map(([code, count]) => `${String(count).padStart(width)} ${code}`)
    .join(`\n${' '.repeat(LABEL_WIDTH + 1)}`);
}

/** File runs and rounds, then thread time by phase, slowest first (`summary.work`). */
function formatWork(work: RunWork): string {
  const phases = Object.entries(work.phaseMs)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([phase, ms]) => `${phase} ${formatDuration(ms)}`);
  const runs = `${plural(work.fileRuns, 'file run')} in ${plural(work.rounds, 'round')}`;
  return [runs, ...phases].join(`\n${' '.repeat(LABEL_WIDTH + 1)}`);
}

function closingHint(changed: number, mode: SummaryMode): string | undefined {
  if (changed === 0) return undefined;
  if (mode.check) return `${plural(changed, 'file')} would change; run without --check to write them.`;
  if (mode.dry) return 'Dry run: nothing was written; run without --dry to write.';
  return undefined;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
