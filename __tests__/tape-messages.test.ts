/**
 * While the callbacks transform runs, a tape test's `t.end` stands in as a fresh callback
 * parameter (transforms/callbacks/tape.ts). The report speaks of `t.end`, never of that name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { transform } from '../engine/transform-source';

const FIXTURES = path.join(__dirname, '..', '__testfixtures__', 'callbacks');

test.each(['keep-tape-end-tests.input.js', 'tape-esm-subtests.input.mjs'])('%s: messages name t.end, not its stand-in', async (file) => {
  const filename = path.join(FIXTURES, file);
  const result = await transform(fs.readFileSync(filename, 'utf8'), { filename, transforms: ['callbacks'], prettier: false, promiseTests: true });
  const messages = result.sites.map((site) => site.message);
  expect(messages.filter((message) => /\b(t|st)\.end\b/.test(message)).length).toBeGreaterThan(1);
  expect(messages.filter((message) => /(?<![.\w])end\d*\b/.test(message.replace(/\bt\.end\b|\bst\.end\b/g, '')))).toEqual([]);
});
