/**
 * Command-line arguments -> CliOptions. Only parsing and flag-level validation live here; what the
 * options mean is the engine's business (config merging, transform names, defaults).
 */
import fs from 'node:fs';
import path from 'node:path';
import yargs from 'yargs';
import { UsageError } from '../engine/errors';
import { PARALLEL_MODES, PARSER_NAMES, type ParallelMode, type ParserName } from '../engine/options';

export interface CliOptions {
  paths: string[];
  dry: boolean;
  check: boolean;
  json: boolean;
  listTransforms: boolean;
  transforms?: string[];
  skip?: string[];
  parser?: ParserName;
  /** undefined: the config file or `auto` decides; `--prettier` forces, `--no-prettier` skips. */
  prettier?: boolean;
  parallel?: ParallelMode;
  workers?: number;
  extensions?: string[];
  ignore?: string[];
  force: boolean;
  /** undefined: the config file decides. */
  keepApi?: boolean;
  stdin: boolean;
  filename?: string;
  config?: string;
  quiet: boolean;
  verbose: boolean;
}

/** Either options to run with, or text yargs produced instead (`--help`, `--version`). */
export type ParsedArgs = { kind: 'run'; options: CliOptions } | { kind: 'print'; text: string };

const EXAMPLES: [string, string][] = [
  ['$0 src/ test/', 'rewrite every file under src/ and test/ in place'],
  ['$0 --dry examples/', 'print the diff, write nothing'],
  ["$0 --check 'lib/**/*.js'", 'exit 1 when anything would change (CI)'],
  ['$0 --json src/ > report.json', 'the machine-readable report'],
  ['$0 --skip callbacks --verbose src/', 'run every transform but one, list every site'],
  ['$0 --stdin --filename db.ts < db.ts', 'transform stdin to stdout'],
];

const EPILOG = [
  'Exit codes: 0 done, 1 changes needed (--check), 2 usage error, 3 some files failed.',
  'Config: awaitify.config.json, or "awaitify" in package.json, searched from the working directory up.',
].join('\n');

export function parseArgs(argv: string[]): ParsedArgs {
  let failure: Error | undefined;
  let output = '';
  const parsed = buildParser().parse(argv, {}, (error, _argv, text) => {
    failure = error ?? undefined;
    output = text;
  }) as Record<string, unknown>;

  if (failure) throw new UsageError(oneLine(failure.message));
  if (output) return { kind: 'print', text: output };
  return { kind: 'run', options: toOptions(parsed) };
}

function buildParser() {
  return yargs()
    .scriptName('awaitify')
    .usage('$0 [paths or globs…]\n\nTurn callback-style JavaScript and TypeScript into async/await.')
    .version(readOwnVersion())
    .exitProcess(false)
    .strictOptions()
    .parserConfiguration({ 'duplicate-arguments-array': true })
    .options({
      dry: { type: 'boolean', group: 'Output:', describe: 'print a unified diff of every change, write nothing' },
      check: { type: 'boolean', group: 'Output:', describe: 'write nothing; list the files that would change and exit 1 if any' },
      json: { type: 'boolean', group: 'Output:', describe: 'print the report as JSON on stdout, nothing else' },
      quiet: { type: 'boolean', alias: 'q', group: 'Output:', describe: 'no summary and no progress bar' },
      verbose: { type: 'boolean', alias: 'v', group: 'Output:', describe: 'one line per site: converted, skipped (with reason) or note' },

      transforms: { type: 'string', group: 'Transforms:', coerce: commaList, describe: 'run only these transforms (comma list, repeatable)' },
      skip: { type: 'string', group: 'Transforms:', coerce: commaList, describe: 'do not run these transforms (comma list, repeatable)' },
      'list-transforms': { type: 'boolean', group: 'Transforms:', describe: 'list the transforms in pipeline order and exit' },
      parallel: { choices: PARALLEL_MODES, group: 'Transforms:', describe: 'how far Promise.all may reorder independent calls' },
      'keep-api': { type: 'boolean', group: 'Transforms:', describe: 'converted exported functions stay callable with a trailing callback too' },

      extensions: { type: 'string', group: 'Files:', coerce: commaList, describe: 'file extensions to rewrite (default: js,jsx,mjs,cjs,ts,tsx)' },
      ignore: { type: 'string', group: 'Files:', coerce: commaList, describe: 'glob of paths to leave alone (repeatable)' },
      force: { type: 'boolean', group: 'Files:', describe: 'rewrite files that have uncommitted git changes too' },
      stdin: { type: 'boolean', group: 'Files:', describe: 'read one file from stdin, write the result to stdout' },
      filename: { type: 'string', group: 'Files:', implies: 'stdin', describe: 'with --stdin: the file name, for the parser, config and report' },

      parser: { choices: PARSER_NAMES, group: 'Engine:', describe: 'parser for every file (auto: by extension)' },
      prettier: { type: 'boolean', group: 'Engine:', describe: 'format changed files with prettier (default: only if the project has a prettier config; --no-prettier: never)' },
      workers: { type: 'number', group: 'Engine:', coerce: positiveInteger, describe: 'worker threads (default: number of cores)' },
      config: { type: 'string', group: 'Engine:', describe: 'config file (default: awaitify.config.json or package.json "awaitify")' },
    })
    .conflicts('quiet', 'verbose')
    .example(EXAMPLES)
    .epilog(EPILOG)
    .help()
    .alias('help', 'h')
    .wrap(Math.min(100, process.stdout.columns ?? 100));
}

function toOptions(argv: Record<string, unknown>): CliOptions {
  const options: CliOptions = {
    paths: (argv._ as (string | number)[]).map(String),
    dry: argv.dry === true,
    check: argv.check === true,
    json: argv.json === true,
    listTransforms: argv['list-transforms'] === true,
    transforms: argv.transforms as string[] | undefined,
    skip: argv.skip as string[] | undefined,
    parser: argv.parser as ParserName | undefined,
    prettier: argv.prettier as boolean | undefined,
    parallel: argv.parallel as ParallelMode | undefined,
    workers: argv.workers as number | undefined,
    extensions: argv.extensions as string[] | undefined,
    ignore: argv.ignore as string[] | undefined,
    force: argv.force === true,
    keepApi: argv['keep-api'] as boolean | undefined,
    stdin: argv.stdin === true,
    filename: argv.filename as string | undefined,
    config: argv.config as string | undefined,
    quiet: argv.quiet === true,
    verbose: argv.verbose === true,
  };
  if (options.listTransforms) return options;
  if (options.stdin && options.paths.length > 0) {
    throw new UsageError('--stdin reads one file from stdin; do not pass paths with it');
  }
  if (!options.stdin && options.paths.length === 0) {
    throw new UsageError('no paths given: pass files, directories or globs (or --stdin)');
  }
  return options;
}

/** `--skip a,b --skip c` -> ['a', 'b', 'c']. */
function commaList(value: string | string[]): string[] {
  return ([] as string[])
    .concat(value)
    .flatMap((item) => String(item).split(','))
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function positiveInteger(value: number | number[]): number {
  const last = Array.isArray(value) ? value[value.length - 1] : value;
  if (!Number.isInteger(last) || last < 1) throw new Error(`--workers must be a whole number of at least 1`);
  return last;
}

/** yargs messages span lines ("Invalid values:\n  Argument: …"); a usage error is one line. */
function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

/** The version of the installed package: the nearest package.json named awaitify above this file. */
function readOwnVersion(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'awaitify' && pkg.version) return pkg.version;
    }
    if (path.dirname(dir) === dir) return 'unknown';
  }
}
