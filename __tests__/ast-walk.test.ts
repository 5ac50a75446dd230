/**
 * The transforms' walkers read each node type's child keys from a fixed list (transforms/lib/ast.ts
 * `childKeys`) instead of `Object.keys(node)`. A key missing from that list would hide children
 * from every transform, so this checks the list against `Object.keys` on every node of every
 * fixture (inputs and outputs) and of examples/, and on nodes the transforms build.
 */
import fs from 'node:fs';
import path from 'node:path';
import jscodeshift from 'jscodeshift';
import { parseFile, parserForFile } from '../engine/parse';
import { childKeys, forEachChild, walk, type Node } from '../transforms/lib/ast';
import { listFixtureCases } from './kit/fixture-cases';

const NOT_CHILDREN = new Set(['type', 'loc', 'comments', 'leadingComments', 'trailingComments', 'original', 'tokens', 'extra']);

/** Every child by `Object.keys`, as `key` or `key[index]`. */
function childrenByObjectKeys(node: Node): string[] {
  const found: string[] = [];
  for (const key of Object.keys(node)) {
    if (NOT_CHILDREN.has(key)) continue;
    const value = node[key];
    if (Array.isArray(value)) value.forEach((item, index) => item && typeof item.type === 'string' && found.push(`${key}[${index}]`));
    else if (value && typeof value.type === 'string') found.push(key);
  }
  return found.sort();
}

function childrenByWalker(node: Node): string[] {
  const found: string[] = [];
  forEachChild(node, (_child, key, index) => found.push(index < 0 ? key : `${key}[${index}]`));
  return found.sort();
}

/** `type: keys the walker misses or adds`, for every node under `root` where the two differ. */
function mismatches(root: Node): string[] {
  const problems = new Set<string>();
  walk(root, (node) => {
    const expected = childrenByObjectKeys(node);
    const actual = childrenByWalker(node);
    if (expected.join() !== actual.join()) problems.add(`${node.type}: Object.keys ${expected.join(' ')} / walker ${actual.join(' ')}`);
  });
  return [...problems];
}

function sourceFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.(js|jsx|mjs|cjs|ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

const fixtureFiles = listFixtureCases().flatMap((c) => (c.output ? [c.input, c.output] : [c.input]));
const files = [...fixtureFiles, ...sourceFiles(path.join(__dirname, '..', 'examples'))];

describe('childKeys', () => {
  it('covers the fixtures and examples', () => {
    expect(files.length).toBeGreaterThan(500);
  });

  it.each(files.map((file) => [path.relative(path.join(__dirname, '..'), file), file]))('finds every child Object.keys finds in %s', (_name, file) => {
    const { root } = parseFile(parserForFile(file), fs.readFileSync(file, 'utf8').replace(/^#!.*/, ''));
    expect(mismatches(root.get().node)).toEqual([]);
  });

  it('finds every child of nodes the transforms build', () => {
    const j = jscodeshift.withParser('tsx');
    const built = j.program([
      j.functionDeclaration.from({
        id: j.identifier('load'),
        async: true,
        params: [j.identifier.from({ name: 'id', typeAnnotation: j.tsTypeAnnotation(j.tsStringKeyword()) })],
        body: j.blockStatement([
          j.variableDeclaration('const', [j.variableDeclarator(j.identifier('row'), j.awaitExpression(j.callExpression(j.identifier('get'), [j.identifier('id')])))]),
          j.returnStatement(j.objectExpression([j.property('init', j.identifier('row'), j.identifier('row'))])),
        ]),
      }),
      ...j.template.statements`Promise.all([a(), b()]).then(([x, y]) => x + y);`,
    ]);
    expect(mismatches(built)).toEqual([]);
  });

  it('visits a built try statement\u2019s catch clause once (ast-types also keeps it in a hidden `handlers` array)', () => {
    const j = jscodeshift.withParser('tsx');
    const handler = j.catchClause(j.identifier('error'), null, j.blockStatement([]));
    const statement = j.tryStatement(j.blockStatement([]), handler);
    const visited: Node[] = [];
    walk(statement, (node) => {
      if (node.type === 'CatchClause') visited.push(node);
    });
    expect(visited).toEqual([handler]);
    expect(childKeys('TryStatement')).not.toContain('handlers');
  });

  it('falls back to Object.keys for a type neither Babel nor ast-types knows', () => {
    const node = { type: 'NotARealNode', first: { type: 'Identifier', name: 'a' }, rest: [{ type: 'Identifier', name: 'b' }] };
    expect(childKeys('NotARealNode')).toBeNull();
    expect(childrenByWalker(node)).toEqual(['first', 'rest[0]']);
  });
});
