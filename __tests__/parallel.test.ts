/**
 * The parallel transform beyond its fixtures:
 * - deep: after the callbacks transform lifts nested callbacks, the default pipeline joins the
 *   two independent reads of the headline `handle` into one Promise.all, with a note;
 * - outcomes: the `independent`/`aggressive` conversions change the order of calls (so their
 *   full event logs differ by design), but every entry still settles with the same result or
 *   error, and the same calls are made, in the scenarios below (success, and the first call failing).
 */
import path from 'node:path';
import { transform } from '../engine/transform-source';
import { runPrograms } from './kit/equivalence';

const HEADLINE = `const db = require('./db');
const events = require('./events');

function handle(id, cb) {
  db.getSubject(id, (err, subject) => {
    if (err) return cb(err);
    db.getBuyInfo(id, (err, buyInfo) => {
      if (err) return cb(err);
      const change = { subject: subject.id, buyInfo: buyInfo.id };
      events.notifyChange(change, (err) => {
        if (err) return cb(err);
        cb(null, change);
      });
    });
  });
}

module.exports = { handle };
`;

describe('parallel in the default pipeline', () => {
  it('joins the two db reads of the lifted headline into one Promise.all, with a note', async () => {
    const result = await transform(HEADLINE, { filename: 'handle.js', prettier: false, config: false });
    expect(result.code).toMatch(/const \[subject, buyInfo\] = await Promise\.all\(\[\s*promisify\(db\.getSubject\)\.call\(db, id\),\s*promisify\(db\.getBuyInfo\)\.call\(db, id\)\s*\]\)/);
    expect(result.code).toContain('await promisify(events.notifyChange).call(events, change);');
    const notes = result.sites.filter((s) => s.transform === 'parallel' && s.kind === 'note');
    expect(notes).toEqual([expect.objectContaining({ code: 'parallel-awaits', line: 5 })]);
    expect(notes[0].message).toContain('db.getSubject');
  });

  it('leaves the awaits sequential in safe mode and does nothing when off', async () => {
    for (const parallel of ['safe', 'off'] as const) {
      const result = await transform(HEADLINE, { filename: 'handle.js', prettier: false, config: false, parallel });
      expect(result.code).not.toContain('Promise.all');
      expect(result.sites.filter((s) => s.transform === 'parallel')).toEqual([]);
    }
  });
});

const FIXTURES = path.join(__dirname, '..', '__testfixtures__', 'parallel');

/** Each entry's outcome line, without its time, and the calls started and finished (with their results), in sorted order. */
function outcomes(log: string[]): { settled: string[]; started: string[] } {
  const untimed = log.map((line) => line.replace(/^@\d+ /, ''));
  return {
    settled: untimed.filter((line) => !/^(start|finish) /.test(line) && /\) (-> |threw )|never settled|unhandled rejection|uncaught exception/.test(line)),
    started: untimed.filter((line) => /^(start|finish) /.test(line)).sort(),
  };
}

/** `extra`: calls (by name) the output makes after the first one failed, as the note says; the input never started them. */
const CASES: Array<{ name: string; ext?: string; scenarios: Array<Record<string, unknown>>; extra?: Record<number, string[]> }> = [
  { name: 'awaits-headline', scenarios: [{ name: 'ok', entry: 'handle', args: [1] }, { name: 'subject fails', entry: 'handle', args: [2], failOn: ['db.getSubject'], delays: { 'db.getSubject': 1, 'db.getBuyInfo': 5 } }], extra: { 1: ['db.getBuyInfo'] } },
  { name: 'awaits-three-reads', scenarios: [{ entry: 'dashboard', args: [1] }, { entry: 'dashboard', args: [3], failOn: ['users.getProfile'], delays: { 'users.getProfile': 1 } }], extra: { 1: ['users.listOrders', 'users.findFriends'] } },
  { name: 'awaits-local-readers', scenarios: [{ entry: 'account', args: [1] }] },
  { name: 'awaits-fs-reads', scenarios: [{ entry: 'loadSettings', args: [], files: { 'defaults.json': '{"a":1,"b":1}', 'local.json': '{"b":2}' } }] },
  { name: 'awaits-write-other-file', scenarios: [{ entry: 'rotate', args: ['x\n'], files: { 'logs/old.log': '', 'logs/current.log': 'abc' } }] },
  { name: 'awaits-same-try', scenarios: [{ entry: 'report', args: [1], results: { 'db.getSales': [1, 2, 3], 'db.getRefunds': [1] } }, { entry: 'report', args: [1], failOn: ['db.getSales'], delays: { 'db.getSales': 1 } }], extra: { 1: ['db.getRefunds'] } },
  { name: 'awaits-typescript', ext: 'ts', scenarios: [{ entry: 'page', args: ['u1'] }] },
  { name: 'loop-push', scenarios: [{ entry: 'usersById', args: ['1,2,3'] }] },
  { name: 'loop-each', scenarios: [{ entry: 'warmAll', args: [['a', 'b', 'c']] }] },
  { name: 'loop-body-reads', scenarios: [{ entry: 'checkPlans', args: [[1, 2]] }] },
];

describe('parallel conversions keep every outcome (same results and errors, same calls)', () => {
  for (const { name, ext = 'js', scenarios, extra = {} } of CASES) {
    it(name, async () => {
      const input = { filename: path.join(FIXTURES, `${name}.input.${ext}`) };
      const output = { filename: path.join(FIXTURES, `${name}.output.${ext}`) };
      const [before, after] = await runPrograms([input, output], { inline: scenarios });
      expect(before.map((run) => outcomes(run.log).settled.length > 0)).toEqual(scenarios.map(() => true));
      const expected = before.map((run) => outcomes(run.log));
      const actual = after.map((run, index) => {
        const { settled, started } = outcomes(run.log);
        const isExtra = (line: string) => (extra[index] ?? []).some((call) => line.startsWith(`start ${call}(`) || line.startsWith(`finish ${call}(`));
        expect(started.filter(isExtra).length).toBe(2 * (extra[index] ?? []).length);
        return { settled, started: started.filter((line) => !isExtra(line)) };
      });
      expect(actual).toEqual(expected);
    }, 60_000);
  }
});

describe('counter joins keep how the completion callback fails', () => {
  it('an exception thrown by the callback stays uncaught, in the input and the output alike', async () => {
    const files = ['input', 'output'].map((kind) => ({ filename: path.join(FIXTURES, `counter-fired-requests.${kind}.js`) }));
    const scenarioFile = { path: path.join(FIXTURES, 'counter-fired-requests.scenario.js') };
    const runs = await runPrograms(files, scenarioFile);
    for (const program of runs) {
      const byName = Object.fromEntries(program.map((run) => [run.name, run.log]));
      expect(byName['the callback throws on success'].filter((line) => line.includes('uncaught exception'))).toHaveLength(1);
      expect(byName['the callback throws on error'].filter((line) => line.includes('uncaught exception'))).toHaveLength(1);
    }
    expect(runs[1].map((run) => run.log)).toEqual(runs[0].map((run) => run.log));
  }, 60_000);
});
