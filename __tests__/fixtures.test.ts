/**
 * The data-driven fixture spec: one test per `__testfixtures__/<transform>/<case>.input.<ext>`
 * (layout: __tests__/kit/fixture-cases.ts and README.md).
 *
 * For each case it runs ONLY the fixture's transform, through the public `transform()` with
 * prettier off (fixtures pin the printer's output), and checks:
 * - with `<case>.output.<ext>`: the output equals it (both ends trimmed, as jscodeshift's
 *   defineTest does) and `changed` is true; without one: the input comes back byte-identical and
 *   `changed` is false;
 * - no `error` (the pipeline re-parses every output and reports one that does not parse);
 * - with `<case>.report.json`: the reported sites equal the pinned ones (site-projection.ts);
 * - idempotency: the same transform over the expected text changes nothing, reports no error and
 *   claims no `converted` site.
 * `<case>.options.json` adds transform options (`parallel`, `packageType`, `parser`, `keepApi`,
 * `config`, and `transforms`: the pipeline to run, the fixture's own transform included).
 *
 * Decided: idempotency is checked with the fixture's own transform only, not the whole default
 * pipeline. A fixture pins one transform; another transform legitimately rewrites what this one
 * leaves (a Promise.all candidate after lifting), so a whole-pipeline rerun would tie every
 * fixture to every other transform's progress. Whole-pipeline idempotency is a property of the
 * CLI/engine runs over real trees (examples/), tested there.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { transform } from '../engine/transform-source';
import { listTransforms } from '../transforms';
import { FIXTURES_ROOT, fixtureLayoutProblems, listFixtureCases, readCaseOptions, type FixtureCase } from './kit/fixture-cases';
import { hasLines, projectSites, readPinnedSites } from './kit/site-projection';

const read = (file: string) => fs.readFileSync(file, 'utf8');

function runOwnTransform(fixture: FixtureCase, source: string, filename: string) {
  const options = readCaseOptions(fixture);
  return transform(source, { ...options, filename, transforms: options.transforms ?? [fixture.transform], prettier: false });
}

describe('fixture layout', () => {
  it('has every companion file next to its input and every directory named after a transform', () => {
    const transforms = listTransforms().map((t) => t.name);
    expect(fixtureLayoutProblems(FIXTURES_ROOT, transforms)).toEqual([]);
  });

  it('reports each kind of layout mistake (the check itself)', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'awaitify-fixtures-'));
    const write = (file: string) => {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), '');
    };
    try {
      ['ok.input.js', 'ok.output.js', 'ok.scenario.json', 'notes.md'].forEach((f) => write(`callbacks/${f}`));
      write('callbacks/orphan.output.js');
      write('callbacks/lonely.report.json');
      write('callbacks/mixed.input.js');
      write('callbacks/mixed.output.ts');
      write('callbacks/twice.input.js');
      write('callbacks/twice.input.ts');
      write('callbacks/unchanged.input.js');
      write('callbacks/unchanged.scenario.json');
      write('callbacks/typo.ouput.js');
      write('callbacks/nested/a.input.js');
      write('nosuch/a.input.js');
      write('stray.js');

      const problems = fixtureLayoutProblems(root, ['callbacks']).map((p) => path.relative(root, p.split(':')[0]) + ':' + p.split(':').slice(1).join(':'));
      expect(problems.sort()).toEqual(
        [
          'callbacks/lonely.report.json: has no matching .input file',
          'callbacks/mixed.output.ts: extension differs from its input mixed.input.js',
          'callbacks/nested: not a fixture file name (see __tests__/kit/README.md)',
          'callbacks/orphan.output.js: has no matching .input file',
          'callbacks/twice: several inputs (twice.input.js, twice.input.ts)',
          'callbacks/typo.ouput.js: not a fixture file name (see __tests__/kit/README.md)',
          'callbacks/unchanged.scenario.json: a scenario needs an .output to compare the input with',
          'nosuch: no transform named "nosuch" (known: callbacks)',
          'stray.js: not inside a transform directory',
        ].sort(),
      );
      expect(listFixtureCases(root).map((c) => `${c.transform}/${c.name}`)).toEqual([
        'callbacks/mixed',
        'callbacks/ok',
        'callbacks/unchanged',
        'nosuch/a',
      ]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('finds no cases, and no problems, when the fixtures directory does not exist', () => {
    const missing = path.join(os.tmpdir(), 'awaitify-no-such-fixtures-dir');
    expect(listFixtureCases(missing)).toEqual([]);
    expect(fixtureLayoutProblems(missing, ['callbacks'])).toEqual([]);
  });
});

describe('pinned sites (report.json)', () => {
  const sites = [
    { kind: 'skipped', transform: 't', code: 'uses-this', message: 'm', line: 9, column: 2 },
    { kind: 'converted', transform: 't', code: 'callback-to-await', message: 'm', line: 3, column: 0 },
  ] as const;
  let dir = '';
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awaitify-report-'))));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  let count = 0;
  const pin = (value: unknown) => {
    const file = path.join(dir, `case${count++}.report.json`);
    fs.writeFileSync(file, JSON.stringify(value));
    return () => readPinnedSites(file);
  };

  it('compares kind, code and line, whatever order the file lists them in', () => {
    const pinned = pin([{ kind: 'skipped', code: 'uses-this', line: 9 }, { kind: 'converted', code: 'callback-to-await', line: 3 }])();
    expect(projectSites(sites, hasLines(pinned))).toEqual(pinned);
    expect(projectSites([sites[0]], hasLines(pinned))).not.toEqual(pinned);
  });

  it('compares kind and code only when no entry has a line', () => {
    const pinned = pin([{ kind: 'skipped', code: 'uses-this' }, { kind: 'converted', code: 'callback-to-await' }])();
    expect(projectSites(sites, hasLines(pinned))).toEqual(pinned);
  });

  it.each([
    ['lines on some entries only', [{ kind: 'note', code: 'a', line: 1 }, { kind: 'note', code: 'b' }], /every site or for none/],
    ['an unknown kind', [{ kind: 'converted!', code: 'a' }], /"kind" must be one of/],
    ['an unknown key', [{ kind: 'note', code: 'a', message: 'x' }], /unknown key\(s\) message/],
  ])('rejects %s', (_what, value, message) => {
    expect(pin(value)).toThrow(message);
  });
});

const byTransform = new Map<string, FixtureCase[]>();
for (const fixture of listFixtureCases()) {
  byTransform.set(fixture.transform, [...(byTransform.get(fixture.transform) ?? []), fixture]);
}

for (const [transformName, fixtures] of byTransform) {
  describe(transformName, () => {
    for (const fixture of fixtures) {
      it(fixture.name, async () => {
        const source = read(fixture.input);
        const result = await runOwnTransform(fixture, source, fixture.input);
        expect(result.error).toBeUndefined();

        const expected = fixture.output ? read(fixture.output) : source;
        if (fixture.output) {
          expect(result.code.trim()).toBe(expected.trim());
          expect(result.changed).toBe(true);
        } else {
          expect(result.code).toBe(source);
          expect(result.changed).toBe(false);
        }

        if (fixture.report) {
          const pinned = readPinnedSites(fixture.report);
          expect(projectSites(result.sites, hasLines(pinned))).toEqual(pinned);
        }

        const again = await runOwnTransform(fixture, expected, fixture.output ?? fixture.input);
        expect(again.error).toBeUndefined();
        expect(again.code).toBe(expected);
        expect(again.changed).toBe(false);
        expect(again.sites.filter((site) => site.kind === 'converted')).toEqual([]);
      });
    }
  });
}
