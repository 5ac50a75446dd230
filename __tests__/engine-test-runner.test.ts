import path from 'node:path';
import { createTestRunnerLookup, supportsPromises } from '../engine/test-runner';
import { makeTree, removeTrees } from './engine-temp-tree';

afterEach(removeTrees);

test('the lowest version a range allows decides', () => {
  expect(supportsPromises('mocha', '^1.15.1')).toBe(false);
  expect(supportsPromises('mocha', '1.18.0')).toBe(true);
  expect(supportsPromises('mocha', '~2.2.5')).toBe(true);
  expect(supportsPromises('jasmine', '2.6.0')).toBe(false);
  expect(supportsPromises('jasmine', '^3.0.0')).toBe(true);
  expect(supportsPromises('jest', '^29.0.0')).toBe(true);
  expect(supportsPromises('mocha', 'latest')).toBe(false);
  expect(supportsPromises('mocha', '<1.18.0')).toBe(false);
  expect(supportsPromises('mocha', '<2')).toBe(false);
  expect(supportsPromises('mocha', '>=1.18 <3')).toBe(true);
  expect(supportsPromises('tape', '^5.0.0')).toBe(true);
  expect(supportsPromises('tape', '^5')).toBe(true);
  expect(supportsPromises('tape', '^4.17.0')).toBe(false);
  expect(supportsPromises('tape', '5.0.0-next.5')).toBe(false);
  expect(supportsPromises('tape', '>=4.13')).toBe(false);
});

test('a tape project answers by its tape version, and every declared runner must await', () => {
  const root = makeTree({
    'new/package.json': JSON.stringify({ devDependencies: { tape: '^5.6.0' } }),
    'new/test/a.js': '',
    'old/package.json': JSON.stringify({ devDependencies: { tape: '^4.17.0' } }),
    'old/test/b.js': '',
    'mixed/package.json': JSON.stringify({ devDependencies: { mocha: '^10.0.0', tape: '~4.9.0' } }),
    'mixed/test/c.js': '',
  });
  const lookup = createTestRunnerLookup();
  expect(lookup(path.join(root, 'new/test/a.js'))).toBe(true);
  expect(lookup(path.join(root, 'old/test/b.js'))).toBe(false);
  expect(lookup(path.join(root, 'mixed/test/c.js'))).toBe(false);
});

test('a package.json that declares a runner answers for its files, and no runner above may be too old', () => {
  const root = makeTree({
    'package.json': JSON.stringify({ devDependencies: { mocha: '^10.0.0' } }),
    'test/a.test.js': '',
    'legacy/package.json': JSON.stringify({ devDependencies: { mocha: '1.4.3', chai: '3.5.0' } }),
    'legacy/test/b.test.js': '',
    'plain/package.json': JSON.stringify({ name: 'plain' }),
    'plain/c.js': '',
  });
  const lookup = createTestRunnerLookup();
  expect(lookup(path.join(root, 'test/a.test.js'))).toBe(true);
  expect(lookup(path.join(root, 'legacy/test/b.test.js'))).toBe(false);
  // A package.json without a runner does not end the search: the workspace root declares it.
  expect(lookup(path.join(root, 'plain/c.js'))).toBe(true);
});

test('a runner too old declared above or installed on the way up says no; an installed one alone does not say yes', () => {
  const root = makeTree({
    'mono/package.json': JSON.stringify({ devDependencies: { tape: '^4.17.0' } }),
    'mono/packages/web/package.json': JSON.stringify({ devDependencies: { jest: '^29.0.0' } }),
    'mono/packages/web/test/a.js': '',
    'hoisted/package.json': JSON.stringify({ devDependencies: { mocha: '^10.0.0' } }),
    'hoisted/node_modules/tape/package.json': JSON.stringify({ name: 'tape', version: '4.17.0' }),
    'hoisted/test/b.js': '',
    'current/package.json': JSON.stringify({ devDependencies: { mocha: '^10.0.0' } }),
    'current/node_modules/tape/package.json': JSON.stringify({ name: 'tape', version: '5.10.2' }),
    'current/test/c.js': '',
    'undeclared/package.json': JSON.stringify({ name: 'undeclared' }),
    'undeclared/node_modules/jest/package.json': JSON.stringify({ name: 'jest', version: '30.0.0' }),
    'undeclared/test/d.js': '',
  });
  const lookup = createTestRunnerLookup();
  expect(lookup(path.join(root, 'mono/packages/web/test/a.js'))).toBe(false);
  expect(lookup(path.join(root, 'hoisted/test/b.js'))).toBe(false);
  expect(lookup(path.join(root, 'current/test/c.js'))).toBe(true);
  expect(lookup(path.join(root, 'undeclared/test/d.js'))).toBe(false);
});
