/** Argument parsing: flag shapes and flag-level usage errors, without running anything. */
import { parseArgs, type CliOptions } from '../cli/args';
import { UsageError } from '../engine/errors';

function options(argv: string[]): CliOptions {
  const parsed = parseArgs(argv);
  if (parsed.kind !== 'run') throw new Error(`expected options, got printed text for ${argv.join(' ')}`);
  return parsed.options;
}

function usageError(argv: string[]): string {
  try {
    parseArgs(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`expected a usage error for ${argv.join(' ')}`);
}

test('paths and globs are positional', () => {
  expect(options(['src', 'lib/**/*.ts']).paths).toEqual(['src', 'lib/**/*.ts']);
});

test('list flags take comma lists and repeat', () => {
  const parsed = options(['--transforms', 'a,b', '--transforms', 'c', '--skip', 'd', '--ignore', 'x/**', '--ignore', 'y/**', '--extensions', 'js, .ts', 'src']);
  expect(parsed.transforms).toEqual(['a', 'b', 'c']);
  expect(parsed.skip).toEqual(['d']);
  expect(parsed.ignore).toEqual(['x/**', 'y/**']);
  expect(parsed.extensions).toEqual(['js', '.ts']);
  expect(parsed.paths).toEqual(['src']);
});

test('unset flags stay undefined so the config file can decide', () => {
  const parsed = options(['src']);
  for (const key of ['transforms', 'skip', 'parser', 'prettier', 'parallel', 'workers', 'extensions', 'ignore', 'keepApi', 'config'] as const) {
    expect(parsed[key]).toBeUndefined();
  }
  expect(parsed).toMatchObject({ dry: false, check: false, json: false, force: false, stdin: false, quiet: false, verbose: false });
});

test('--prettier and --no-prettier', () => {
  expect(options(['--prettier', 'src']).prettier).toBe(true);
  expect(options(['--no-prettier', 'src']).prettier).toBe(false);
});

test('value flags', () => {
  expect(options(['--parser', 'ts', '--parallel', 'safe', '--workers', '3', '--keep-api', '--config', 'c.json', 'src'])).toMatchObject({
    parser: 'ts',
    parallel: 'safe',
    workers: 3,
    keepApi: true,
    config: 'c.json',
  });
});

test('--stdin takes a --filename and no paths', () => {
  expect(options(['--stdin', '--filename', 'a.ts'])).toMatchObject({ stdin: true, filename: 'a.ts', paths: [] });
  expect(options(['--stdin']).filename).toBeUndefined();
  expect(usageError(['--stdin', 'src'])).toMatch(/--stdin/);
  expect(usageError(['--filename', 'a.ts', 'src'])).toMatch(/stdin/);
});

test('--list-transforms needs no paths', () => {
  expect(options(['--list-transforms']).listTransforms).toBe(true);
});

test('--help and --version are printed, not run', () => {
  const help = parseArgs(['--help']);
  expect(help.kind).toBe('print');
  expect(help.kind === 'print' && help.text).toContain('Examples:');
  const version = parseArgs(['--version']);
  expect(version.kind === 'print' && version.text).toMatch(/^\d+\.\d+\.\d+/);
});

test.each([
  [[], /no paths given/],
  [['--bogus', 'src'], /bogus/],
  [['--parser', 'coffee', 'src'], /parser/],
  [['--parallel', 'maybe', 'src'], /parallel/],
  [['--workers', '0', 'src'], /--workers/],
  [['--workers', 'many', 'src'], /--workers/],
  [['--quiet', '--verbose', 'src'], /quiet|verbose/],
])('usage error: %j', (argv, message) => {
  const text = usageError(argv as string[]);
  expect(text).toMatch(message);
  expect(text).not.toContain('\n');
});
