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
});

test('the nearest package.json that declares a runner answers for its files', () => {
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
