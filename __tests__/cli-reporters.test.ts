/** The CLI's reporters: pure functions from the report model to text. */
import { PassThrough } from 'node:stream';
import { summarize, type FileReport, type RunReport, type Site } from '../engine/report';
import { formatCheckList } from '../cli/reporters/check';
import { colorsFor } from '../cli/reporters/colors';
import { formatDiff } from '../cli/reporters/diff';
import { formatJson } from '../cli/reporters/json';
import { createProgressReporter, PROGRESS_MIN_FILES } from '../cli/reporters/progress';
import { formatSiteLine } from '../cli/reporters/sites';
import { formatFailures, formatNotes, formatSummary } from '../cli/reporters/summary';
import { formatTransformList } from '../cli/reporters/transform-list';

const plain = colorsFor({ write: () => true, isTTY: false }, {});
const coloured = colorsFor({ write: () => true }, { FORCE_COLOR: '1' });
const ESC = '\x1b[';

function site(kind: Site['kind'], code: string, line = 1, column = 0): Site {
  return { kind, transform: 'callbacks', code, message: `${kind} ${code}`, line, column };
}

const DIFF = ['--- a/src/a.js', '+++ b/src/a.js', '@@ -1,2 +1,2 @@', ' const x = 1;', '-fs.readFile(f, cb);', '+await fs.readFile(f);', ''].join('\n');

const files: FileReport[] = [
  {
    file: 'src/a.js',
    status: 'changed',
    diff: DIFF,
    sites: [site('converted', 'callback-to-await', 2), site('note', 'order-of-effects', 5, 2), site('skipped', 'uses-this', 9)],
  },
  { file: 'src/b.js', status: 'unchanged', sites: [site('skipped', 'uses-this'), site('skipped', 'callback-called-twice')] },
  { file: 'src/c.js', status: 'unchanged', sites: [site('skipped', 'uses-this')] },
  { file: 'src/bad.js', status: 'failed', sites: [], error: { code: 'parse-error', message: 'Unexpected token', line: 2, column: 9 } },
];
const report: RunReport = { files, summary: summarize(files, 1234) };

describe('summary', () => {
  const text = formatSummary(report, { dry: false, check: false }, plain);

  test('counts files and sites', () => {
    expect(text).toContain('4 scanned · 1 changed · 2 unchanged · 1 failed');
    expect(text).toContain('1 converted · 4 skipped · 1 note');
    expect(text).toContain('1.2 s');
  });

  test('skip reasons are sorted by count, most frequent first', () => {
    expect(text).toContain('Skipped  3 uses-this\n         1 callback-called-twice\n');
    expect(text).toMatch(/Notes\s+1 order-of-effects/);
  });

  test('dry and check runs say "would change" and close with a hint', () => {
    const dry = formatSummary(report, { dry: true, check: false }, plain);
    expect(dry).toContain('1 would change');
    expect(dry).toMatch(/run without --dry to write/);
    expect(formatSummary(report, { dry: false, check: true }, plain)).toMatch(/run without --check/);
    expect(text).not.toMatch(/run without/);
  });

  test('no hint when nothing would change', () => {
    const clean: FileReport[] = [{ file: 'a.js', status: 'unchanged', sites: [] }];
    expect(formatSummary({ files: clean, summary: summarize(clean, 5) }, { dry: true, check: false }, plain)).not.toMatch(/run without/);
  });

  test('--verbose adds where the time went: file runs and rounds, then phases slowest first', () => {
    const work = { fileRuns: 6, rounds: 2, phaseMs: { parse: 40.4, callbacks: 1520.6, print: 40.4, diff: 0.2 } };
    const worked: RunReport = { files, summary: summarize(files, 1234, work) };
    expect(worked.summary.work!.phaseMs).toEqual({ parse: 40, callbacks: 1521, print: 40, diff: 0 });
    expect(formatSummary(worked, { dry: false, check: false, verbose: true }, plain)).toContain(
      'Work     6 file runs in 2 rounds\n         callbacks 1.5 s\n         parse 40 ms\n         print 40 ms\n         diff 0 ms\n',
    );
    expect(formatSummary(worked, { dry: false, check: false }, plain)).not.toContain('Work');
    expect(text).not.toContain('Work');
  });

  test('no colour unless asked', () => {
    expect(text).not.toContain(ESC);
    expect(formatSummary(report, { dry: false, check: false }, coloured)).toContain(ESC);
  });
});

test('failed files are listed as file:line:col  code  message, with 1-based columns', () => {
  expect(formatFailures(report, plain)).toBe('1 file failed:\n  src/bad.js:2:10  parse-error  Unexpected token\n');
  expect(formatFailures({ files: [files[1]], summary: summarize([files[1]], 0) }, plain)).toBe('');
});

test('a site line is file:line:col  kind  code  message', () => {
  expect(formatSiteLine('src/a.js', site('skipped', 'uses-this', 9, 4), plain)).toBe('src/a.js:9:5  skipped  uses-this  skipped uses-this');
  expect(formatSiteLine('src/a.js', { ...site('note', 'prettier-failed'), line: 0 }, plain)).toBe('src/a.js  note  prettier-failed  note prettier-failed');
});

describe('diff', () => {
  test('prints the diff with the notes of the file under it', () => {
    expect(formatDiff(files[0], plain)).toBe(`${DIFF}src/a.js:5:3  note  order-of-effects  note order-of-effects\n`);
  });

  test('colours added and removed lines', () => {
    const text = formatDiff(files[0], coloured);
    expect(text).toContain(coloured.green('+await fs.readFile(f);'));
    expect(text).toContain(coloured.red('-fs.readFile(f, cb);'));
    expect(text).toContain(coloured.bold('--- a/src/a.js'));
  });
});

test('check lists the files that would change', () => {
  expect(formatCheckList(files)).toBe('src/a.js\n');
});

test('json is the report, whole', () => {
  expect(JSON.parse(formatJson(report))).toEqual(report);
});

test('the transform list aligns descriptions', () => {
  const list = formatTransformList([
    { name: 'callbacks', description: 'Lift callbacks', run: () => false },
    { name: 'all', description: 'Promise.all', run: () => false },
  ]);
  expect(list).toBe('callbacks  Lift callbacks\nall        Promise.all\n');
});

describe('colours', () => {
  test('on a terminal only, unless NO_COLOR or FORCE_COLOR says otherwise', () => {
    const tty = { write: () => true, isTTY: true };
    const pipe = { write: () => true, isTTY: false };
    expect(colorsFor(tty, {}).red('x')).toContain(ESC);
    expect(colorsFor(pipe, {}).red('x')).toBe('x');
    expect(colorsFor(tty, { NO_COLOR: '1' }).red('x')).toBe('x');
    expect(colorsFor(tty, { TERM: 'dumb' }).red('x')).toBe('x');
    expect(colorsFor(pipe, { FORCE_COLOR: '1' }).red('x')).toContain(ESC);
    expect(colorsFor(tty, { FORCE_COLOR: '0' }).red('x')).toBe('x');
  });
});

describe('progress', () => {
  function fakeStderr(isTTY: boolean): { stream: PassThrough & { isTTY?: boolean }; output: () => string } {
    const stream = Object.assign(new PassThrough(), { isTTY, columns: 100, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
    let text = '';
    stream.on('data', (chunk) => (text += chunk));
    return { stream, output: () => text };
  }

  function feed(total: number, isTTY: boolean, enabled = true): string {
    const { stream, output } = fakeStderr(isTTY);
    const progress = createProgressReporter(stream, enabled);
    progress.onProgress({ type: 'start', total });
    for (let done = 1; done <= total; done++) progress.onProgress({ type: 'file', file: `f${done}.js`, done, total });
    progress.onProgress({ type: 'end' });
    progress.stop();
    return output();
  }

  test('draws a bar on a terminal for big runs', () => {
    expect(feed(PROGRESS_MIN_FILES + 10, true)).toMatch(/\d+\/\d+ files/);
  });

  test('stays silent for small runs, off a terminal, and when disabled', () => {
    expect(feed(10, true)).toBe('');
    expect(feed(PROGRESS_MIN_FILES + 10, false)).toBe('');
    expect(feed(PROGRESS_MIN_FILES + 10, true, false)).toBe('');
  });
});

describe('behaviour notes in the summary of a writing run', () => {
  test('every note with its file:line, and nothing when there is none', () => {
    const report: RunReport = { files, summary: summarize(files, 5) };
    expect(formatNotes(report, plain)).toBe('Behaviour notes:\n  src/a.js:5:3  note  order-of-effects  note order-of-effects\n');
    const quiet: FileReport[] = [{ file: 'c.js', status: 'unchanged', sites: [site('skipped', 'uses-this')] }];
    expect(formatNotes({ files: quiet, summary: summarize(quiet, 1) }, plain)).toBe('');
  });

  test('a long list is cut, saying how to see the rest', () => {
    const many: FileReport[] = [{ file: 'm.js', status: 'changed', sites: Array.from({ length: 5 }, (_, i) => site('note', 'exported-api-changed', i + 1)) }];
    const text = formatNotes({ files: many, summary: summarize(many, 1) }, plain, 2);
    expect(text.split('\n').filter((line) => line.includes('exported-api-changed'))).toHaveLength(2);
    expect(text).toContain('… and 3 more (--verbose or --json lists them all)');
  });
});
