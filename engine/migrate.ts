/**
 * `migrate()`: the whole-repository run behind the CLI. Settings, discovery, the git check, then
 * read every file, build the project facts once, transform files (in-process or on worker
 * threads), and write each changed file atomically — or, in dry/check runs, describe it as a
 * diff. One bad file is a failed report, never a stopped run. Reports are sorted by path, so the
 * result does not depend on the number of workers.
 */
import path from 'node:path';
import { forEachConcurrent, forEachInDependencyOrder } from './concurrency';
import { comparePaths, discoverFiles } from './discover';
import { createFileRunner } from './file-runner';
import { UsageError } from './errors';
import { findUncommittedFiles, uncommittedFilesError } from './git';
import { toPosix } from './ignore-rules';
import type { MigrateOptions, ProgressEvent } from './migrate-options';
import { resolveMigrateSettings, type MigrateSettings } from './migrate-settings';
import { createPackageTypeLookup } from './package-type';
import { createTestRunnerLookup } from './test-runner';
import type { ProjectFacts } from './project-facts';
import { buildProjectFacts } from './project-index';
import { agreeOnExports, ExportAgreement, exportSlice, freezeUnsettled, sliceKey, type ExportFacts } from './project-rounds';
import { changedSince, readSource, type FileStamp, type ReadResult } from './read-source';
import { addPhaseTimes } from './phase-times';
import { summarize, type FileReport, type RunReport, type RunWork } from './report';
import type { FileOutcome } from './transform-file';
import { writeFileAtomic } from './write-atomic';

export function migrate(options: MigrateOptions): Promise<RunReport> {
  return migrateWith(options);
}

/** Seams for tests; internal, not exported from the package entry point. */
export interface MigrateInternals {
  /** A compiled worker module to run tasks with instead of engine/worker.js. */
  workerFile?: string;
}

export async function migrateWith(options: MigrateOptions, internals: MigrateInternals = {}): Promise<RunReport> {
  const startedAt = performance.now();
  const settings = resolveMigrateSettings(options);
  const emit = (event: ProgressEvent) => options.onProgress?.(event);
  const reportPath = (file: string) => toPosix(path.relative(settings.cwd, file));

  const files = discoverFiles(settings);
  if (files.length === 0) {
    // A mistyped glob in a CI gate must not pass as "nothing to change".
    throw new UsageError(
      `no files to migrate in ${settings.paths.join(' ')} (extensions: ${settings.extensions.join(', ')}; node_modules, .git, .gitignore'd and --ignore'd paths are skipped)`,
    );
  }
  if (settings.checkGit) {
    const dirty = findUncommittedFiles(files);
    if (dirty.length > 0) throw uncommittedFilesError(dirty.map(reportPath));
  }

  emit({ type: 'start', total: files.length });
  const runner = createFileRunner({
    fileCount: files.length,
    workers: settings.workers,
    timeoutMs: settings.timeoutMs,
    workerFile: internals.workerFile,
  });
  const reports: FileReport[] = [];
  const work: RunWork = { fileRuns: 0, rounds: 0, phaseMs: {} };
  try {
    // Threads boot while the parent reads and indexes.
    const reads: ReadResult[] = files.map((file) => readSource(file, settings.maxFileBytes));
    const facts = buildProjectFacts(
      files.flatMap((file, i) => {
        const read = reads[i]!;
        return read.ok ? [{ file, source: read.file.source }] : [];
      }),
    );
    const packageTypeOf = createPackageTypeLookup();
    const promiseTestsOf = createTestRunnerLookup();
    let done = 0;
    const outcomes = await runRounds(files, reads, facts, reportPath, (file, i, project, round) => {
      const read = reads[i];
      if (!read.ok) return Promise.resolve(undefined);
      const task = {
        filename: file,
        source: read.file.source,
        options: settings.pipeline,
        prettier: settings.prettier,
        project,
        packageType: packageTypeOf(file),
        promiseTests: settings.promiseTests ?? promiseTestsOf(file),
        diffName: settings.withDiffs ? reportPath(file) : undefined,
      };
      return runner.run(task).then((result) => {
        if (round === 0) emit({ type: 'file', file: reportPath(file), done: (done += 1), total: files.length });
        work.fileRuns += 1;
        work.rounds = Math.max(work.rounds, round + 1);
        addPhaseTimes(work.phaseMs, result?.times);
        return result;
      });
    }, runner.concurrency);
    files.forEach((file, i) => {
      const read = reads[i];
      const name = reportPath(file);
      reports[i] = read.ok ? settle(file, name, read.file.stamp, outcomes[i]!, settings) : { file: name, status: 'failed', sites: [], error: read.error };
    });
  } finally {
    await runner.close();
  }
  emit({ type: 'end' });

  const sorted = [...reports].sort((a, b) => comparePaths(a.file, b.file));
  return { files: sorted, summary: summarize(sorted, Math.round(performance.now() - startedAt), work) };
}

const MAX_ROUNDS = 5;

type RunFile = (file: string, index: number, project: ProjectFacts, round: number) => Promise<FileOutcome | undefined>;

/**
 * Transforms every file, then again only the files whose cross-file inputs changed (an import
 * now converts, an export must stay callback-style), until the export facts settle.
 */
async function runRounds(
  files: string[],
  reads: ReadResult[],
  index: ProjectFacts,
  displayPath: (file: string) => string,
  runFile: RunFile,
  concurrency: number,
): Promise<(FileOutcome | undefined)[]> {
  const outcomes: (FileOutcome | undefined)[] = new Array(files.length);
  const usedSlices: string[] = new Array(files.length).fill(sliceKey({}));
  const targetsOf = (file: string) => Object.values(index.resolutions[file] ?? {});
  const projectFor = (file: string, exports: ExportFacts | ExportAgreement): ProjectFacts => ({
    resolutions: index.resolutions[file] ? { [file]: index.resolutions[file] } : {},
    exports: exportSlice(exports, file, targetsOf(file)),
    ...(index.promiseCalls?.[file] ? { promiseCalls: { [file]: index.promiseCalls[file] } } : {}),
  });
  const opaqueImports = new Map<string, string[]>();
  let pending = files.map((_, i) => i);
  let exports: ExportFacts = {};
  const indexOf = new Map(files.map((file, i) => [file, i]));
  const soFar = new ExportAgreement({}, displayPath);
  const runOne = async (i: number, round: number, known: ExportFacts | ExportAgreement) => {
    const project = projectFor(files[i], known);
    usedSlices[i] = sliceKey(project.exports);
    outcomes[i] = await runFile(files[i], i, project, round);
  };
  // First round in dependency order: a file starts after the files it imports, so it already
  // knows which of their exports convert; only what its callers change needs a second look.
  await forEachInDependencyOrder(
    pending,
    (i) => targetsOf(files[i]).flatMap((target) => indexOf.get(target) ?? []),
    concurrency,
    async (i) => {
      await runOne(i, 0, soFar);
      soFar.add(files[i], outcomes[i]?.facts);
    },
  );
  for (let round = 1; ; round += 1) {
    files.forEach((file, i) => {
      if (!reads[i].ok || outcomes[i]?.error) opaqueImports.set(file, targetsOf(file));
    });
    const factsByFile = new Map(files.map((file, i) => [file, outcomes[i]?.facts]));
    let next = agreeOnExports({ facts: factsByFile, opaqueImports }, exports, displayPath);
    if (round + 1 >= MAX_ROUNDS) next = freezeUnsettled(exports, next);
    exports = next;
    pending = files.flatMap((file, i) => {
      const key = sliceKey(exportSlice(exports, file, targetsOf(file)));
      return key === usedSlices[i] || !reads[i].ok ? [] : [i];
    });
    // No round limit: from MAX_ROUNDS on, exports can only move to "kept", so this ends.
    if (pending.length === 0) break;
    await forEachConcurrent(pending, concurrency, (i) => runOne(i, round, exports));
  }
  return outcomes;
}

/** Turns one file's result into its report: written, described as a diff, or failed. */
function settle(
  file: string,
  name: string,
  stamp: FileStamp,
  result: FileOutcome,
  settings: MigrateSettings,
): FileReport {
  const { sites } = result;
  if (result.error) return { file: name, status: 'failed', sites, error: result.error };
  if (!result.changed) return { file: name, status: 'unchanged', sites };

  const report: FileReport = { file: name, status: 'changed', sites, written: false };
  if (result.diff !== undefined) report.diff = result.diff;
  if (!settings.writing) return report;
  if (changedSince(file, stamp)) {
    return { ...report, status: 'failed', error: { code: 'modified-during-run', message: 'the file changed on disk while awaitify ran; left as it is now' } };
  }
  try {
    writeFileAtomic(file, result.code);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return { ...report, status: 'failed', error: { code: 'write-failed', message: `cannot write the file (${reason}); original left untouched` } };
  }
  return { ...report, written: true };
}
