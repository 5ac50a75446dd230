/**
 * The CLI: arguments -> `migrate()` (paths) or `transform()` (stdin) -> reporters -> exit code.
 * All the work happens in the engine; this file only wires options in and reports out.
 */
import path from 'node:path';
import { loadConfig } from '../engine/config';
import { unifiedDiff } from '../engine/diff';
import { UsageError } from '../engine/errors';
import { migrate } from '../engine/migrate';
import { decodeSource } from '../engine/read-source';
import type { MigrateOptions } from '../engine/migrate-options';
import type { AwaitifyConfig } from '../engine/options';
import { createPackageTypeLookup } from '../engine/package-type';
import { createTestRunnerLookup } from '../engine/test-runner';
import { summarize, type FileReport, type RunReport } from '../engine/report';
import { resolvePipelineOptions, type PipelineOverrides } from '../engine/resolve-options';
import { transform } from '../engine/transform-source';
import { listTransforms } from '../transforms';
import { parseArgs, type CliOptions } from './args';
import { ExitCode } from './exit-codes';
import { formatCheckList } from './reporters/check';
import { colorsFor } from './reporters/colors';
import { formatDiff } from './reporters/diff';
import { formatJson } from './reporters/json';
import { createProgressReporter } from './reporters/progress';
import { siteLines } from './reporters/sites';
import { formatFailures, formatNotes, formatSummary } from './reporters/summary';
import { formatTransformList } from './reporters/transform-list';

type OutStream = NodeJS.WritableStream & { isTTY?: boolean };

/** Everything the CLI touches of its process, so tests can run it in-process. */
export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: OutStream;
  stderr: OutStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export function processIO(): CliIO {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };
}

export async function main(argv: string[], io: CliIO = processIO()): Promise<ExitCode> {
  try {
    const parsed = parseArgs(argv);
    if (parsed.kind === 'print') {
      io.stdout.write(`${parsed.text}\n`);
      return ExitCode.ok;
    }
    const options = parsed.options;
    if (options.listTransforms) {
      io.stdout.write(formatTransformList(listTransforms()));
      return ExitCode.ok;
    }
    const { config, source: configSource } = loadConfig(io.cwd, options.config);
    if (options.verbose && configSource) io.stderr.write(`config: ${configSource}\n`);
    // Unknown transform names or modes (from flags or the config) fail before any file is read.
    resolvePipelineOptions(pipelineOverrides(options), config);
    return options.stdin ? await runStdin(options, config, io) : await runPaths(options, config, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`awaitify: ${error.message}\nsee awaitify --help\n`);
      return ExitCode.usage;
    }
    // Not the user's mistake: a bug, so the stack is worth having in the report.
    const err = error as Error;
    io.stderr.write(`awaitify: internal error: ${err?.stack ?? String(error)}\n`);
    return ExitCode.failed;
  }
}

async function runPaths(options: CliOptions, config: AwaitifyConfig, io: CliIO): Promise<ExitCode> {
  const progress = createProgressReporter(io.stderr, !options.quiet);
  let report: RunReport;
  try {
    report = await migrate({ ...migrateOptions(options, config, io.cwd), onProgress: progress.onProgress });
  } finally {
    progress.stop();
  }
  writeResults(report, options, io);
  if (!options.json) writeDiagnostics(report, options, io, { sites: options.verbose, summary: !options.quiet });
  return exitCodeFor(report, options.check);
}

/**
 * stdin -> stdout, as if the file were at `--filename`. The code goes to stdout even when the file
 * failed (unchanged), so a pipe never loses the source; `--json`, `--dry` and `--check` print what
 * they print for a path run instead. Sites go to stderr.
 */
async function runStdin(options: CliOptions, config: AwaitifyConfig, io: CliIO): Promise<ExitCode> {
  const started = Date.now();
  const filename = options.filename ?? 'stdin.js';
  // Absolute, so the project's prettier config and package.json "type" are found from the cwd.
  const absolute = path.resolve(io.cwd, filename);
  const bytes = await readAll(io.stdin);
  // The checks a file on disk gets: bytes that are not UTF-8 text are refused, never decoded lossily.
  const decoded = decodeSource(bytes);
  let file: FileReport;
  let output: string | Buffer;
  if (!decoded.ok) {
    file = { file: filename, status: 'failed', sites: [], error: decoded.error };
    output = bytes;
  } else {
    const source = decoded.source;
    const result = await transform(source, {
      ...pipelineOverrides(options),
      filename: absolute,
      packageType: createPackageTypeLookup()(absolute),
      promiseTests: config.promiseTests ?? createTestRunnerLookup()(absolute),
      prettier: options.prettier,
      config,
    });
    file = {
      file: filename,
      status: result.error ? 'failed' : result.changed ? 'changed' : 'unchanged',
      sites: result.sites,
      ...(result.error ? { error: result.error } : {}),
      ...(options.dry && result.changed ? { diff: unifiedDiff(filename, source, result.code) } : {}),
    };
    output = result.code;
  }
  const report: RunReport = { files: [file], summary: summarize([file], Date.now() - started) };

  if (!writeResults(report, options, io)) io.stdout.write(output);
  if (!options.json) writeDiagnostics(report, options, io, { sites: !options.quiet, summary: false });
  return exitCodeFor(report, options.check);
}

/** stdout: the JSON report, the diffs or the files that would change; false when none was asked for. */
function writeResults(report: RunReport, options: CliOptions, io: CliIO): boolean {
  if (options.json) {
    io.stdout.write(formatJson(report));
    return true;
  }
  const out = colorsFor(io.stdout, io.env);
  if (options.dry) {
    for (const file of report.files) if (file.status === 'changed') io.stdout.write(formatDiff(file, out));
  }
  if (options.check) io.stdout.write(formatCheckList(report.files));
  return options.dry || options.check;
}

/** stderr: site lines, failed files (always: they explain exit code 3) and the summary. */
function writeDiagnostics(
  report: RunReport,
  options: CliOptions,
  io: CliIO,
  show: { sites: boolean; summary: boolean },
): void {
  const err = colorsFor(io.stderr, io.env);
  if (show.sites) for (const file of report.files) writeLines(io.stderr, siteLines(file, err));
  else if (show.summary && !options.dry && !options.check) io.stderr.write(formatNotes(report, err));
  io.stderr.write(formatFailures(report, err));
  if (show.summary) io.stderr.write(formatSummary(report, { dry: options.dry, check: options.check, verbose: options.verbose }, err));
}

/** Failures outrank "changes needed": a CI job must not read a broken run as a clean diff. */
function exitCodeFor(report: RunReport, check: boolean): ExitCode {
  if (report.summary.files.failed > 0) return ExitCode.failed;
  if (check && report.summary.files.changed > 0) return ExitCode.changesNeeded;
  return ExitCode.ok;
}

function pipelineOverrides(options: CliOptions): PipelineOverrides {
  return {
    transforms: options.transforms,
    skip: options.skip,
    parallel: options.parallel,
    parser: options.parser,
    keepApi: options.keepApi,
  };
}

function migrateOptions(options: CliOptions, config: AwaitifyConfig, cwd: string): MigrateOptions {
  return {
    ...pipelineOverrides(options),
    paths: options.paths,
    cwd,
    dry: options.dry,
    check: options.check,
    prettier: options.prettier,
    workers: options.workers,
    extensions: options.extensions,
    ignore: options.ignore,
    force: options.force,
    // Already loaded (and validated) above; migrate must not look for it again.
    config,
  };
}

function writeLines(stream: OutStream, lines: string[]): void {
  if (lines.length > 0) stream.write(`${lines.join('\n')}\n`);
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
