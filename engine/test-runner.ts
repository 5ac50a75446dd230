/**
 * Whether the test runner of a file's package awaits a promise returned by a test or hook
 * function: mocha >= 1.18, jasmine >= 2.7, jest, vitest, tape >= 5.0. Only then can
 * `it('…', function (done) {…})` or tape's `test('…', function (t) { … t.end(); })` become an
 * async function. No runner found, or a version range too old or unreadable (`latest`): no. A
 * package.json that does not parse is passed over, like one that declares no runner.
 */
import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';

/** Oldest version that awaits returned promises, per runner (major, minor). */
const PROMISE_SINCE: Record<string, [number, number]> = {
  mocha: [1, 18],
  jasmine: [2, 7],
  'jasmine-core': [2, 7],
  jest: [0, 0],
  vitest: [0, 0],
  // tape 5.0.0 awaits a returned promise and fails the test when it rejects (CHANGELOG,
  // v5.0.0-next.0: "support passing in an async function for the test callback"); 4.x ignores it.
  tape: [5, 0],
};

export type TestRunnerLookup = (file: string) => boolean;

/**
 * Every runner that may run the file's tests must await promises: some package.json on the way up
 * declares one, and no runner declared in one of them, or installed in a node_modules on the way
 * up, is too old. A monorepo root declaring tape 4, or a tape 4 that a file requires without its
 * package declaring it, must not pass because the nearest package.json declares jest.
 */
export function createTestRunnerLookup(): TestRunnerLookup {
  const byDir = new Map<string, boolean | undefined>();
  const forDir = (dir: string): boolean | undefined => {
    if (byDir.has(dir)) return byDir.get(dir);
    const parent = path.dirname(dir);
    const answers = [
      ...(declaredRunners(path.join(dir, 'package.json')) ?? []).map(([name, range]) => supportsPromises(name, range)),
      // An installed runner can only say no: being installed does not make it the one that runs.
      installedRunners(dir).some(([name, version]) => !supportsPromises(name, version)) ? false : undefined,
      parent === dir ? undefined : forDir(parent),
    ];
    const answer = answers.includes(false) ? false : answers.includes(true) ? true : undefined;
    byDir.set(dir, answer);
    return answer;
  };
  return (file) => forDir(path.dirname(path.resolve(file))) === true;
}

/** The runners installed in `dir/node_modules`, with their versions. */
function installedRunners(dir: string): Array<[string, string]> {
  const installed: Array<[string, string]> = [];
  for (const name of Object.keys(PROMISE_SINCE)) {
    try {
      const { version } = JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version?: unknown };
      if (typeof version === 'string') installed.push([name, version]);
    } catch {
      // not installed here
    }
  }
  return installed;
}

/** The runners a package.json declares, with their version ranges; null when it declares none. */
function declaredRunners(file: string): Array<[string, string]> | null {
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return null;
  }
  const runners: Array<[string, string]> = [];
  for (const field of ['dependencies', 'devDependencies']) {
    const deps = manifest[field];
    if (!deps || typeof deps !== 'object') continue;
    for (const [name, range] of Object.entries(deps as Record<string, unknown>)) {
      if (name in PROMISE_SINCE && typeof range === 'string') runners.push([name, range]);
    }
  }
  return runners.length > 0 ? runners : null;
}

/** The lowest version a range allows is what counts: `^1.15.1` may install 1.15.1, `<2` 0.0.0. */
export function supportsPromises(runner: string, range: string): boolean {
  const since = PROMISE_SINCE[runner];
  if (!since || !semver.validRange(range)) return false;
  const lowest = semver.minVersion(range);
  return !!lowest && semver.gte(lowest, `${since[0]}.${since[1]}.0`);
}
