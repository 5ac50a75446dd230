import { checkSyntax, ParseError, parseFile, parserForFile } from '../engine/parse';
import { resolveMigrateSettings } from '../engine/migrate-settings';
import { parse as babelParse } from '@babel/parser';
import { runPipeline } from '../engine/pipeline';
import { restoreFunctionSpacing } from '../engine/recast-workarounds';

const syntaxError = (check: () => void): ParseError => {
  try {
    check();
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error('expected a syntax error');
};

describe('the syntax check of transformed output', () => {
  it('accepts what each parser reads and rejects the rest, with the line', () => {
    expect(() => checkSyntax('tsx', 'const a = <div>{x as string}</div>;')).not.toThrow();
    expect(() => checkSyntax('ts', 'const a = <T>x;')).not.toThrow();
    expect(() => checkSyntax('babel', 'const a = async () => await b();')).not.toThrow();
    const error = syntaxError(() => checkSyntax('ts', 'const a = 1;\nconst = ;\n'));
    expect(error.fileError).toMatchObject({ code: 'parse-error', line: 2 });
  });

  it('checks a file read as a script (legacy octal, `with`) as a script', () => {
    const parsed = parseFile(parserForFile('legacy.js'), 'fs.chmod(f, 0755, cb);\n');
    expect(() => parsed.checkSyntax('with (a) { fs.chmod(f, 0755); }\n')).not.toThrow();
    expect(syntaxError(() => parsed.checkSyntax('fs.chmod(f, 0755);\n}\n')).fileError.line).toBe(2);
  });

  it('leaves a file whose output would not parse untouched, and says so', () => {
    jest.isolateModules(() => {
      jest.doMock('../engine/parse', () => {
        const actual = jest.requireActual('../engine/parse') as typeof import('../engine/parse');
        return {
          ...actual,
          parseFile: (...args: Parameters<typeof actual.parseFile>) => ({
            ...actual.parseFile(...args),
            checkSyntax: () => actual.checkSyntax('tsx', 'const = ;'),
          }),
        };
      });
      const { runPipeline } = require('../engine/pipeline') as typeof import('../engine/pipeline');
      const source = 'async function f() {\n  fs.readFile(p, (err, data) => {\n    if (err) throw err;\n    use(data);\n  });\n}\n';
      const options = resolveMigrateSettings({ paths: ['.'] }).pipeline;
      const result = runPipeline({ source, filename: 'a.js', options: { ...options, transforms: ['callbacks'] } });
      expect(result).toMatchObject({ code: source, changed: false, error: { code: 'output-does-not-parse' } });
    });
  });
});

describe('function spacing after recast reprints', () => {
  const options = resolveMigrateSettings({ paths: ['.'] }).pipeline;
  const run = (source: string) => runPipeline({ source, filename: 't.js', options: { ...options, transforms: ['callbacks'] }, promiseTests: true });
  const suite = (style: string) =>
    [
      `describe('x', function${style}() {`,
      `  it('loads', function${style}(done) {`,
      `    db.load(1, function${style}(err, v) {`,
      '      if (err) return done(err);',
      "      assert.equal(v, 'function(');",
      '      done();',
      '    });',
      '  });',
      '});',
      '',
    ].join('\n');

  it('gives a rewritten anonymous function the space the file writes, outside strings', () => {
    const { code } = run(suite(' '));
    expect(code).toContain("it('loads', async function () {");
    expect(code).toContain("assert.equal(v, 'function(');");
    expect(code).toContain("describe('x', function () {");
  });

  it('leaves recast’s `function(` in a file that writes it that way, and untouched lines as they were', () => {
    const { code } = run(suite(''));
    expect(code).toContain("it('loads', async function() {");
    // `const a = …` is a line of the source: untouched, so it keeps its `function(`.
    const source = 'const a = [function(x) { return x; }];\nconst b = function (y) {};\nconst c = function (w) {};\n';
    const printed = 'const a = [function(x) { return x; }];\nconst b = async function(y) {};\n';
    expect(restoreFunctionSpacing(printed, source, babelParse(printed))).toBe('const a = [function(x) { return x; }];\nconst b = async function (y) {};\n');
  });
});

describe('function spacing: what stays as the file wrote it', () => {
  const source = 'const a = function (x) {};\nconst b = function (y) {};\nload(function(t) { return t; });\n';
  const respace = (printed: string) => restoreFunctionSpacing(printed, source, babelParse(printed, { plugins: ['typescript'] }));

  it('keeps a tight function the file wrote, on a line recast partly rewrote', () => {
    expect(respace('const r = [1].map(function(t) { return t; });\n')).toBe('const r = [1].map(function(t) { return t; });\n');
    expect(respace('const r = [1].map(function(u) { return u; });\n')).toBe('const r = [1].map(function (u) { return u; });\n');
  });

  it('spaces a generic function expression recast printed', () => {
    expect(respace('const c = async function<T>(z: T) {};\n')).toBe('const c = async function <T>(z: T) {};\n');
  });
});
