/**
 * The one report model. Every site a transform looked at ends as `converted`, `skipped` (with a
 * reason code) or `note` (a behaviour note). The CLI summary, `--json`, `--dry` and the API all
 * read these types.
 */

export type SiteKind = 'converted' | 'skipped' | 'note';

export interface Site {
  kind: SiteKind;
  /** Registry name of the transform that produced the site. */
  transform: string;
  /**
   * Short machine-readable code: what was converted (`callback-to-await`), why a site was skipped
   * (`callback-called-twice`), or which behaviour note applies (`order-of-effects`).
   */
  code: string;
  /** One human sentence. */
  message: string;
  /** 1-based line and 0-based column in the input file. */
  line: number;
  column: number;
}

export type FileStatus = 'changed' | 'unchanged' | 'failed';

export interface FileError {
  /** `parse-error`, `output-does-not-parse`, `transform-error`, `timeout`, `unreadable`, … */
  code: string;
  message: string;
  line?: number;
  column?: number;
}

export interface FileReport {
  file: string;
  status: FileStatus;
  sites: Site[];
  error?: FileError;
  /** Unified diff of the change; present in dry runs and when asked for. */
  diff?: string;
  /** True when the change was written to disk. */
  written?: boolean;
}

export interface RunSummary {
  files: { scanned: number; changed: number; unchanged: number; failed: number };
  sites: { converted: number; skipped: number; notes: number };
  /** Skip counts by reason code, most frequent first when printed. */
  skippedByReason: Record<string, number>;
  notesByCode: Record<string, number>;
  durationMs: number;
  /** Where the time went; set by `migrate` (not for `--stdin`). */
  work?: RunWork;
}

/** Thread time summed over every file run of a `migrate`: all rounds, all workers. */
export interface RunWork {
  /** Files transformed, counting each round that transformed a file again (engine/project-rounds.ts). */
  fileRuns: number;
  /** Rounds that transformed at least one file: 1 when no file needed a second look. */
  rounds: number;
  /** Milliseconds by phase: `parse`, each transform by name, `print`, `syntax-check`, `format`, `diff`. */
  phaseMs: Record<string, number>;
}

export interface RunReport {
  files: FileReport[];
  summary: RunSummary;
}

/** Builds the summary from file reports; the only place that counts. */
export function summarize(files: FileReport[], durationMs: number, work?: RunWork): RunSummary {
  const summary: RunSummary = {
    files: { scanned: files.length, changed: 0, unchanged: 0, failed: 0 },
    sites: { converted: 0, skipped: 0, notes: 0 },
    skippedByReason: {},
    notesByCode: {},
    durationMs,
  };
  if (work) summary.work = { ...work, phaseMs: Object.fromEntries(Object.entries(work.phaseMs).map(([phase, ms]) => [phase, Math.round(ms)])) };
  for (const file of files) {
    summary.files[file.status] += 1;
    for (const site of file.sites) {
      if (site.kind === 'converted') summary.sites.converted += 1;
      if (site.kind === 'skipped') {
        summary.sites.skipped += 1;
        summary.skippedByReason[site.code] = (summary.skippedByReason[site.code] ?? 0) + 1;
      }
      if (site.kind === 'note') {
        summary.sites.notes += 1;
        summary.notesByCode[site.code] = (summary.notesByCode[site.code] ?? 0) + 1;
      }
    }
  }
  return summary;
}
