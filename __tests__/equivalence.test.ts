/**
 * Behaviour equivalence: every fixture with a `<case>.scenario.json|js` runs its input and its
 * pinned output (the file the fixture spec already proved the transform produces) against the
 * same scenario in the fake world, and both event logs must be identical.
 *
 * The second half tests the kit itself with hand-written programs in __tests__/kit/__selftest__:
 * correct conversions must pass, and broken ones (reordered effects, wrong results, lost errors,
 * callbacks called twice or never, dropped timers, …) must be told apart. A runner that cannot
 * fail would make every equivalence test meaningless.
 */
import path from 'node:path';
import {
  behaviourDiffers,
  compareBehaviour,
  KitError,
  logsByScenario,
  runPrograms,
  type ProgramSource,
  type ScenarioRun,
} from './kit/equivalence';
import { listFixtureCases, readCaseOptions } from './kit/fixture-cases';

const fixturesWithScenario = listFixtureCases().filter((c) => c.scenario && c.output);

describe('fixtures behave like their inputs', () => {
  for (const fixture of fixturesWithScenario) {
    it(`${fixture.transform}/${fixture.name}`, async () => {
      const { packageType } = readCaseOptions(fixture);
      const comparison = await compareBehaviour(
        { filename: fixture.input, packageType },
        { filename: fixture.output!, packageType },
        { path: fixture.scenario! },
      );
      expect(logsByScenario(comparison.output)).toEqual(logsByScenario(comparison.input));
    });
  }
});

/**
 * `t.error(err)` converts with a note (tape-error-now-rejects): the only differences are the ones
 * the note states, so this case pins them instead of equal logs.
 */
describe('callbacks/tape-error-assertion differs only as its note says', () => {
  const fixture = listFixtureCases().find((c) => c.transform === 'callbacks' && c.name === 'tape-error-assertion')!;
  const scenarios = [{ name: 'pass' }, { name: 'load fails', failOn: ['db.load(1)'] }, { name: 'save fails', failOn: ['db.save'] }];
  let comparison: { input: Record<string, string[]>; output: Record<string, string[]> };
  beforeAll(async () => {
    const runs = await compareBehaviour({ filename: fixture.input }, { filename: fixture.output! }, { inline: scenarios });
    comparison = { input: logsByScenario(runs.input), output: logsByScenario(runs.output) };
  });

  it('on success, reports the passing t.error assertions no more', () => {
    const withoutCheck = comparison.input.pass.filter((line) => !/ tape ok null \(error\)$/.test(line));
    expect(withoutCheck).toHaveLength(comparison.input.pass.length - 3);
    expect(comparison.output.pass).toEqual(withoutCheck);
  });

  it('on error, fails with the same assertion and ends the test: what followed the check is gone', () => {
    const withoutFollowers = comparison.input['load fails'].filter((line) => !/ tape not ok found \(ok\)$/.test(line));
    expect(withoutFollowers).toHaveLength(comparison.input['load fails'].length - 1);
    const passingCheck = / tape ok null \(error\)$/;
    expect(comparison.output['load fails']).toEqual(withoutFollowers.filter((line) => !passingCheck.test(line)));
    expect(comparison.output['save fails']).toEqual(comparison.input['save fails'].filter((line) => !passingCheck.test(line)));
  });
});

const SELFTEST = path.join(__dirname, 'kit', '__selftest__');
const selftest = (file: string): ProgramSource => ({ filename: path.join(SELFTEST, file) });
const inline = (filename: string, code: string): ProgramSource => ({ filename, code });
const lines = (runs: ScenarioRun[]) => runs.flatMap((run) => run.log);

/** Runs a family of programs once (one child process) and indexes the runs by file. */
function family(scenarioFile: string, files: string[]) {
  let runs: ScenarioRun[][] = [];
  beforeAll(async () => {
    runs = await runPrograms(files.map(selftest), { path: path.join(SELFTEST, scenarioFile) });
  });
  return (file: string) => {
    const index = files.indexOf(file);
    if (index < 0) throw new Error(`${file} is not in this family`);
    return runs[index];
  };
}

const differs = (a: ScenarioRun[], b: ScenarioRun[]) => behaviourDiffers({ input: a, output: b });

describe('the equivalence kit', () => {
  describe('a callback function and its async conversions (db fakes)', () => {
    const run = family('handle.scenario.json', [
      'handle.input.js',
      'handle.output.js',
      'handle.output.ts',
      'handle.output.mjs',
      'broken/reordered.js',
      'broken/wrong-result.js',
      'broken/swallowed-error.js',
      'broken/callback-twice.js',
      'broken/never-calls-back.js',
      'broken/parallel.js',
      'broken/throws-sync.js',
    ]);

    it('logs starts, finishes, user output and the delivered outcome, with virtual times', () => {
      expect(logsByScenario(run('handle.input.js'))['both found']).toEqual([
        '@0 call handle(1)',
        '@0 start db.getSubject(1)',
        '@0 console.log requested 1',
        expect.stringMatching(/^@\d+ finish db\.getSubject\(1\) -> \{"id": 1, "from": "db.getSubject"\}$/),
        expect.stringMatching(/^@\d+ console\.log subject 1$/),
        expect.stringMatching(/^@\d+ start db\.getBuyinfo\(1\)$/),
        expect.stringMatching(/^@\d+ finish db\.getBuyinfo\(1\)/),
        expect.stringMatching(/^@\d+ handle\(1\) -> resolved \{"subject": .*, "buyinfo": .*\}$/),
      ]);
    });

    it('normalizes cb(err) and a rejection to the same outcome', () => {
      expect(lines(run('handle.input.js'))).toContainEqual(expect.stringMatching(/handle\(2\) -> rejected Error\[EFAKE\]: db.getSubject\(2\) failed$/));
    });

    it.each(['handle.output.js', 'handle.output.ts', 'handle.output.mjs'])('passes the correct conversion %s', (file) => {
      expect(logsByScenario(run(file))).toEqual(logsByScenario(run('handle.input.js')));
    });

    it.each([
      ['broken/reordered.js', 'order of effects', /console\.log requested 1/],
      ['broken/wrong-result.js', 'result', /handle\(1\) -> resolved \{"id": 1, "from": "db.getBuyinfo"\}/],
      ['broken/swallowed-error.js', 'error propagation', /handle\(3\) -> resolved/],
      ['broken/callback-twice.js', 'callback called twice', /handle\(3\) -> called back again: resolved/],
      ['broken/never-calls-back.js', 'callback never called', /handle\(2\) -> never settled/],
      ['broken/parallel.js', 'sequential calls made parallel', /start db\.getBuyinfo\(1\)/],
      ['broken/throws-sync.js', 'synchronous throw instead of an error result', /handle\(2\) threw Error: db.getSubject\(2\) failed/],
    ])('tells apart %s (%s)', (file, _what, telltale) => {
      expect(differs(run('handle.input.js'), run(file))).toBe(true);
      expect(lines(run(file)).join('\n')).toMatch(telltale);
    });
  });

  describe('fs: callback API, fs/promises and util.promisify', () => {
    const run = family('read-config.scenario.json', [
      'read-config.input.js',
      'read-config.output.js',
      'read-config.promisify.js',
      'broken/read-config-callback-api.js',
    ]);

    it('serves files from the scenario and fails like Node for missing ones', () => {
      const log = lines(run('read-config.input.js')).join('\n');
      expect(log).toMatch(/readConfig\("app.json"\) -> resolved \{"port": 8080\}/);
      expect(log).toMatch(/readConfig\("bad.json"\) -> rejected SyntaxError: /);
      expect(log).toMatch(/readConfig\("missing.json"\) -> rejected Error\[ENOENT\]: ENOENT: no such file or directory, open 'missing.json'/);
    });

    it.each(['read-config.output.js', 'read-config.promisify.js'])('passes the conversion %s', (file) => {
      expect(logsByScenario(run(file))).toEqual(logsByScenario(run('read-config.input.js')));
    });

    it('tells apart awaiting the callback API (it throws without a callback)', () => {
      const broken = run('broken/read-config-callback-api.js');
      expect(differs(run('read-config.input.js'), broken)).toBe(true);
      expect(lines(broken).join('\n')).toMatch(/rejected TypeError\[ERR_INVALID_ARG_TYPE\]/);
    });
  });

  describe('timers and npm packages run on the virtual clock', () => {
    const run = family('series.scenario.json', ['series.input.js', 'series.output.js', 'broken/series-skips-timer.js']);

    it('passes async.series + setTimeout converted to awaits and timers/promises', () => {
      expect(logsByScenario(run('series.output.js'))).toEqual(logsByScenario(run('series.input.js')));
    });

    it('tells apart a dropped timer by its virtual times', () => {
      expect(differs(run('series.input.js'), run('broken/series-skips-timer.js'))).toBe(true);
    });
  });

  describe('tape: the real package, its results read per assertion', () => {
    const run = family('tape.scenario.json', [
      'tape.input.js',
      'tape.output.js',
      'broken/tape-swallowed-error.js',
      'broken/tape-not-awaited.js',
      'broken/tape-never-ends.js',
    ]);

    it('logs each test start, assertion (name and operator) and test end', () => {
      expect(logsByScenario(run('tape.input.js'))['load fails']).toEqual([
        '@0 tape test "loads a user"',
        '@0 start db.load(1)',
        expect.stringMatching(/^@\d+ finish db\.load\(1\) -> error Error\[EFAKE\]: db\.load\(1\) failed$/),
        expect.stringMatching(/^@\d+ tape not ok Error: db\.load\(1\) failed \(error\)$/),
        expect.stringMatching(/^@\d+ tape end "loads a user"$/),
        expect.stringMatching(/^@\d+ tape test "runs next"$/),
        expect.stringMatching(/^@\d+ tape ok second test \(pass\)$/),
        expect.stringMatching(/^@\d+ tape end "runs next"$/),
      ]);
    });

    it('passes an async test that tape awaits', () => {
      expect(logsByScenario(run('tape.output.js'))).toEqual(logsByScenario(run('tape.input.js')));
    });

    it.each([
      ['broken/tape-swallowed-error.js', 'a lost error', /tape not ok found \(ok\)/],
      ['broken/tape-not-awaited.js', 'a test that ends before its call finished', /@0 start db\.load\(1\)\n@0 tape end "loads a user"/],
      ['broken/tape-never-ends.js', 'a test that never ends', /tape ok found \(ok\)\n@0 tape test "loads a user"/],
    ])('tells apart %s (%s)', (file, _what, telltale) => {
      expect(differs(run('tape.input.js'), run(file))).toBe(true);
      expect(lines(run(file)).join('\n')).toMatch(telltale);
    });
  });

  describe('module formats and top-level await', () => {
    const scenario = { inline: { entry: 'show' } };
    const callbackLoad = inline('load.js', `
      const db = require('./db');
      let config;
      db.getConfig(1, (err, c) => { config = c; });
      exports.show = () => log('config', config.id);`);
    const esmAwait = inline('load.mjs', `
      import db from './db';
      const config = await db.getConfig(1);
      export function show() { log('config', config.id); }`);
    const cjsAwait = inline('load.js', `
      const db = require('./db');
      const config = await db.getConfig(1);
      exports.show = () => log('config', config.id);`);
    const tsAwait = inline('load.ts', `
      import * as db from './db';
      const config: { id: number } = await db.getConfig(1);
      export function show(): void { log('config', config.id); }`);
    let runs: ScenarioRun[][] = [];
    beforeAll(async () => {
      runs = await runPrograms([callbackLoad, esmAwait, cjsAwait, tsAwait], scenario);
    });

    it('waits for an ES module with top-level await before calling entries', () => {
      expect(logsByScenario(runs[1])).toEqual(logsByScenario(runs[0]));
      expect(runs[1][0].loaded).toBe(true);
    });

    it.each([
      ['CommonJS', 2],
      ['TypeScript compiled to CommonJS', 3],
    ])('fails to load top-level await in %s', (_format, index) => {
      expect(runs[index][0].loaded).toBe(false);
      expect(runs[index][0].log.join('\n')).toMatch(/load threw SyntaxError: await is only valid/);
    });
  });

  describe('calling entries', () => {
    const programs = [
      inline('optional.js', `exports.handle = (id, opts, cb) => setImmediate(() => cb(null, { id, opts }));`),
      inline('optional.mjs', `export const handle = async (id, opts) => ({ id, opts });`),
      inline('results.js', `exports.handle = (id, cb) => setImmediate(() => cb(null, id, id + 1));`),
      inline('results.mjs', `export const handle = async (id) => [id, id + 1];`),
    ];
    let runs: ScenarioRun[][] = [];
    beforeAll(async () => {
      runs = await runPrograms(programs, { inline: { entry: 'handle', args: [1] } });
    });

    it('passes the callback as the last declared parameter', () => {
      expect(lines(runs[0])).toContain('@0 handle(1) -> resolved {"id": 1, "opts": undefined}');
      expect(logsByScenario(runs[1])).toEqual(logsByScenario(runs[0]));
    });

    it('takes function arguments from a .scenario.js, logging their calls', async () => {
      const [input, output] = await runPrograms([selftest('notify.input.js'), selftest('notify.output.js')], {
        path: path.join(SELFTEST, 'notify.scenario.js'),
      });
      expect(lines(input)).toContain('@0 call onProgress("loading")');
      expect(lines(input).join('\n')).toMatch(/loadUser\(7, \[Function onProgress\]\) -> resolved \{"id": 7/);
      expect(logsByScenario(output)).toEqual(logsByScenario(input));
    });

    it('delivers several callback results as one list, like a promise of an array', () => {
      expect(lines(runs[2])).toContain('@0 handle(1) -> resolved [1, 2]');
      expect(logsByScenario(runs[3])).toEqual(logsByScenario(runs[2]));
    });
  });

  describe('problems only a runtime can see', () => {
    const scenario = { inline: { entry: 'handle', args: [1] } };
    const callbackStyle = inline('handle.js', `
      const db = require('./db');
      exports.handle = (id, cb) => db.getUser(id, cb);`);
    const zalgo = inline('zalgo.js', `
      exports.handle = (id, cb) => cb(null, { id: id, from: 'db.getUser' });`);
    const unhandled = inline('unhandled.js', `
      const db = require('./db');
      exports.handle = async (id) => {
        db.getUser(id + 1);
        return db.getUser(id);
      };`);
    const uncaught = inline('uncaught.js', `
      const db = require('./db');
      exports.handle = (id, cb) => db.getUser(id, (err, user) => {
        cb(null, user);
        process.nextTick(() => { throw new Error('late'); });
      });`);
    const interval = inline('interval.js', `
      exports.handle = (id, cb) => { setInterval(() => {}, 1); cb(null, id); };`);
    let runs: ScenarioRun[][] = [];
    beforeAll(async () => {
      runs = await runPrograms([callbackStyle, zalgo, unhandled, uncaught, interval], {
        inline: { ...scenario.inline, failOn: ['db.getUser(2)'] },
      });
    });

    it('marks a callback called before the function returned (zalgo)', () => {
      expect(lines(runs[1]).join('\n')).toMatch(/handle\(1\) -> resolved .* \(synchronously\)/);
      expect(differs(runs[0], runs[1])).toBe(true);
    });

    it('reports an unhandled rejection', () => {
      expect(lines(runs[2]).join('\n')).toMatch(/unhandled rejection Error\[EFAKE\]: db.getUser\(2\) failed/);
    });

    it('reports an uncaught exception', () => {
      expect(lines(runs[3]).join('\n')).toMatch(/uncaught exception Error: late/);
    });

    it('stops a program that never goes idle', () => {
      expect(lines(runs[4]).join('\n')).toMatch(/did not settle after \d+ completions/);
    });
  });

  describe('scenario and kit errors fail loudly instead of passing', () => {
    const program = inline('handle.js', `
      const db = require('./db');
      exports.handle = (id, cb) => db.getUser(id, cb);`);

    it.each([
      ['an entry that is not exported', { entry: 'missing' }, /entry "missing" is not an exported function/],
      ['an unknown scenario key', { entry: 'handle', failon: [1] }, /unknown key\(s\) failon/],
      ['a module without a fake', { entry: 'handle' }, /no fake for "http"/, "require('http');"],
    ])('rejects %s', async (_what, scenarioValue, message, prelude = '') => {
      const source = { ...program, code: prelude + program.code };
      await expect(runPrograms([source], { inline: scenarioValue })).rejects.toThrow(message);
    });

    it('rejects an input that does not load (equal failures would prove nothing)', async () => {
      const broken = inline('broken.js', 'exports.handle = (id, cb) => {');
      await expect(compareBehaviour(broken, program, { inline: { entry: 'handle', args: [1] } })).rejects.toThrow(KitError);
    });
  });
});
