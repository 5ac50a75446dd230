import { agreeOnExports, exportSlice, freezeUnsettled, sliceKey } from '../engine/project-rounds';
import type { FileFacts } from '../engine/project-facts';

const db = '/p/db.js';
const app = '/p/app.js';
const routes = '/p/routes.js';

function facts(entries: Array<[string, FileFacts]>): Map<string, FileFacts> {
  return new Map(entries);
}

const dbConverts: FileFacts = { exports: { load: { converts: true, resultCount: 1 } }, imports: [] };

describe('agreeing on exports across files', () => {
  test('an export converts when every use elsewhere was converted with it', () => {
    const exports = agreeOnExports({
      facts: facts([
        [db, dbConverts],
        [app, { exports: {}, imports: [{ file: db, name: 'load', liftable: true, valueUsed: false, line: 3 }] }],
      ]),
      opaqueImports: new Map(),
    });
    expect(exports[db].load).toEqual({ convertsToAsync: true, resultCount: 1 });
  });

  test('a caller that still passes a callback keeps a callback API; one using the return value keeps the function', () => {
    const input = (valueUsed: boolean) => ({
      facts: facts([
        [db, dbConverts],
        [routes, { exports: {}, imports: [{ file: db, name: 'load', liftable: false, valueUsed, line: 9 }] }],
      ]),
      opaqueImports: new Map(),
    });
    const display = (file: string) => file.replace('/p/', '');
    expect(agreeOnExports(input(false), {}, display)[db].load).toEqual({
      convertsToAsync: true,
      resultCount: 1,
      keepCallbackApi: 'its caller at routes.js:9 still passes a callback',
    });
    expect(agreeOnExports(input(true), {}, display)[db].load).toMatchObject({ convertsToAsync: false, keepReason: expect.stringContaining('routes.js:9') });
  });

  test('a file that could not be transformed keeps every export it imports callable with a callback', () => {
    const exports = agreeOnExports({ facts: facts([[db, dbConverts]]), opaqueImports: new Map([[app, [db]]]) });
    expect(exports[db].load.keepCallbackApi).toContain('not transformed');
  });

  test('keeping is final: a kept export stays kept when its owner no longer reports it', () => {
    const kept = { [db]: { load: { convertsToAsync: false, resultCount: 1, keepReason: 'x' } } };
    const next = agreeOnExports({ facts: facts([[db, { exports: { load: { converts: false, resultCount: 1 } }, imports: [] }]]), opaqueImports: new Map() }, kept);
    expect(next).toEqual(kept);
  });
});

describe('what one file sees', () => {
  const all = {
    [db]: { load: { convertsToAsync: true, resultCount: 1 }, save: { convertsToAsync: false, resultCount: 1, keepReason: 'r' } },
  };

  test('an importer sees only converting exports; the owner sees only its kept ones', () => {
    expect(exportSlice(all, app, [db])).toEqual({ [db]: { load: all[db].load } });
    expect(exportSlice(all, db, [])).toEqual({ [db]: { save: all[db].save } });
  });

  test('an importer does not see why an export keeps a callback API (it must not run again for that)', () => {
    const wrapped = { [db]: { load: { convertsToAsync: true, resultCount: 1, keepCallbackApi: 'its caller at routes.js:9 still passes a callback' } } };
    expect(exportSlice(wrapped, app, [db])).toEqual({ [db]: { load: { convertsToAsync: true, resultCount: 1 } } });
    expect(exportSlice(wrapped, db, [])).toEqual(wrapped);
  });

  test('slices compare equal whatever the key order', () => {
    expect(sliceKey({ [db]: { a: all[db].load, b: all[db].save } })).toBe(sliceKey({ [db]: { b: all[db].save, a: all[db].load } }));
  });

  test('exports still changing after the last round stay callback-style', () => {
    const previous = { [db]: { load: { convertsToAsync: false, resultCount: 1 } } };
    expect(freezeUnsettled(previous, all)[db].load).toMatchObject({ convertsToAsync: false, keepReason: expect.any(String) });
    expect(freezeUnsettled(all, all)[db].load).toEqual(all[db].load);
  });
});

test('an export that cannot keep the callback API it was asked for stays callback-style for good', () => {
  const asked = { [db]: { load: { convertsToAsync: true, resultCount: 1, keepCallbackApi: 'its caller at routes.js:9 still passes a callback' } } };
  const next = agreeOnExports({ facts: facts([[db, { exports: { load: { converts: false, resultCount: 1 } }, imports: [] }]]), opaqueImports: new Map() }, asked);
  expect(next[db].load).toEqual({ convertsToAsync: false, resultCount: 1, keepReason: 'its caller at routes.js:9 still passes a callback' });
});
