/** Every transform module also works on its own: `jscodeshift -t dist/transforms/<name>.js`. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, buildOnce, readFile, removeTempProjects, tempProject } from './helpers/run-cli';

beforeAll(buildOnce);
afterAll(removeTempProjects);

test('jscodeshift runs the built callbacks transform and writes the converted file', () => {
  const dir = tempProject({
    'read.js': [
      "const fs = require('fs');",
      'async function main() {',
      "  fs.readFile('a.txt', 'utf8', (err, text) => {",
      '    if (err) throw err;',
      '    console.log(text);',
      '  });',
      '}',
      '',
    ].join('\n'),
  });
  const output = execFileSync(
    path.join(ROOT, 'node_modules', '.bin', 'jscodeshift'),
    ['-t', path.join(ROOT, 'dist', 'transforms', 'callbacks.js'), '--parser', 'tsx', '--run-in-band', path.join(dir, 'read.js')],
    { encoding: 'utf8' },
  );
  expect(output).toMatch(/1 ok/);
  expect(readFile(dir, 'read.js')).toContain("const text = await fsPromises.readFile('a.txt', 'utf8');");
});
