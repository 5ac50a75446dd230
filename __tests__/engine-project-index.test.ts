import path from 'node:path';
import { buildProjectFacts, moduleSpecifiers } from '../engine/project-index';

const root = path.resolve('/project');
const at = (relative: string) => path.join(root, relative);
const file = (relative: string, source = '') => ({ file: at(relative), source });

describe('project index: resolutions', () => {
  const files = [
    file(
      'src/app.js',
      [
        "const db = require('./db');",
        "import util from '../lib/util';",
        "export { helper } from './helpers';",
        "export * from './types.js';",
        "const lazy = import('./lazy');",
        "const fs = require('fs');",
        "const dep = require('some-package/x');",
        "const missing = require('./missing');",
        "// require('./commented')",
      ].join('\n'),
    ),
    file('src/db.js'),
    file('lib/util.ts'),
    file('src/helpers/index.js'),
    file('src/types.ts'),
    file('src/lazy.mjs'),
    file('src/commented.js'),
  ];

  test('relative specifiers resolve to run files with Node rules; bare and unknown ones do not', () => {
    const facts = buildProjectFacts(files);
    expect(facts.resolutions[at('src/app.js')]).toEqual({
      './db': at('src/db.js'),
      '../lib/util': at('lib/util.ts'),
      './helpers': at('src/helpers/index.js'),
      './types.js': at('src/types.ts'),
      './lazy': at('src/lazy.mjs'),
    });
    expect(facts.resolutions[at('src/db.js')]).toBeUndefined();
    expect(facts.exports).toEqual({});
  });

  test('an exact file name wins over an added extension', () => {
    const facts = buildProjectFacts([file('a.js', "require('./b.js'); require('./b')"), file('b.js'), file('b.js.ts')]);
    expect(facts.resolutions[at('a.js')]).toEqual({ './b.js': at('b.js'), './b': at('b.js') });
  });
});

describe('project index: the specifier scan', () => {
  test('finds every import form, including across lines', () => {
    const source = [
      "import a from './a';",
      "import './side-effect';",
      "import * as b from \"./b\";",
      'import {',
      '  c,',
      "} from './c';",
      "export * from './d';",
      "export { e } from './e';",
      "import type { F } from './f';",
      "import g = require('./g');",
      "const h = require(",
      "  './h'",
      ');',
      "const i = await import('./i');",
    ].join('\n');
    expect(moduleSpecifiers(source)).toEqual(['./a', './side-effect', './b', './c', './d', './e', './f', './g', './h', './i']);
  });

  test('ignores comments, strings and template literals', () => {
    const source = [
      "// const a = require('./a');",
      "/* import b from './b';",
      "   require('./b2') */",
      "const s = 'text with from \"./c\" in it';",
      'const t = `require(\'./d\')`;',
      "const u = \"import './e'\";",
      "const real = require('./real'); // require('./f')",
    ].join('\n');
    expect(moduleSpecifiers(source)).toEqual(['./real']);
  });
});
