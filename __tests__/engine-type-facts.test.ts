import path from 'node:path';
import { findPromiseOverloadCalls } from '../engine/type-facts';
import { makeTree, removeTrees } from './engine-temp-tree';

const dir = path.join(__dirname, '..', '__testfixtures__', 'callbacks');
const offsetsOf = (source: string, needle: string) => {
  const offsets: number[] = [];
  for (let at = source.indexOf(needle); at >= 0; at = source.indexOf(needle, at + 1)) offsets.push(at);
  return offsets;
};

describe('type-aware promise sources', () => {
  afterAll(removeTrees);

  const source = [
    "import * as db from 'fake-typed-db';",
    "db.query('a', (err, row) => {});",
    "db.query('b', [1], (err, row) => {});",
    "db.query('c', [1], 2, (err, row) => {});",
    'db.end((err) => {});',
    "db.query('d');",
  ].join('\n');

  it('finds calls whose callee has a Promise overload taking the arguments before the callback', () => {
    const file = path.join(dir, 'typed.ts');
    const found = findPromiseOverloadCalls([{ file, source }]);
    // Not `end` (callback only), not a call with one argument too many, not a call without a callback.
    expect(found).toEqual({ [file]: [...offsetsOf(source, "db.query('a'"), ...offsetsOf(source, "db.query('b'")] });
  });

  it('looks only at TypeScript files that import a package', () => {
    expect(findPromiseOverloadCalls([{ file: path.join(dir, 'typed.js'), source }])).toEqual({});
    const local = source.replace("'fake-typed-db'", "'./db'");
    expect(findPromiseOverloadCalls([{ file: path.join(dir, 'local.ts'), source: local }])).toEqual({});
  });

  it('reads offsets in the source without its byte order mark, as the parser does', () => {
    const file = path.join(dir, 'bom.ts');
    expect(findPromiseOverloadCalls([{ file, source: '\uFEFF' + source }])).toEqual(findPromiseOverloadCalls([{ file, source }]));
  });

  it('reads the types of a package installed only as @types, scoped names included', () => {
    const declaration = 'export function query(sql: string): Promise<string>;\nexport function query(sql: string, cb: (err: Error | null, row?: string) => void): void;\n';
    const root = makeTree({
      'node_modules/@types/typed-lib/index.d.ts': declaration,
      'node_modules/@acme/typed/index.d.ts': declaration,
      'node_modules/@acme/typed/package.json': '{ "name": "@acme/typed", "types": "index.d.ts" }',
    });
    const call = "query('a', (err, row) => {});";
    for (const module of ['typed-lib', '@acme/typed']) {
      const typedSource = `import { query } from '${module}';\n${call}\n`;
      const file = path.join(root, 'src', 'deep', 'app.ts');
      expect(findPromiseOverloadCalls([{ file, source: typedSource }])).toEqual({ [file]: offsetsOf(typedSource, call) });
    }
  });

  it('reads declarations a file references for a package that is not installed', () => {
    const root = makeTree({
      'src/legacy.d.ts': "declare module 'legacy' {\n  export function get(id: string): Promise<string>;\n  export function get(id: string, cb: (err: Error | null, v?: string) => void): void;\n}\n",
    });
    const call = "get('a', (err, v) => {});";
    const referencing = `/// <reference path="./legacy.d.ts" />\nimport { get } from 'legacy';\n${call}\n`;
    const file = path.join(root, 'src', 'a.ts');
    expect(findPromiseOverloadCalls([{ file, source: referencing }])).toEqual({ [file]: offsetsOf(referencing, call) });
  });

  it('does not load the compiler when no imported package is installed (its types would be any)', () => {
    const root = makeTree({});
    jest.isolateModules(() => {
      jest.doMock('ts-morph', () => {
        throw new Error('the compiler was loaded');
      });
      const { findPromiseOverloadCalls: isolated } = require('../engine/type-facts') as typeof import('../engine/type-facts');
      expect(isolated([{ file: path.join(root, 'app.ts'), source: "import * as db from 'not-installed';\ndb.query('a', (err, row) => {});" }])).toEqual({});
    });
  });
});
