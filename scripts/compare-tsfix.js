#!/usr/bin/env node
'use strict';
/**
 * `npm run compare:tsfix`: awaitify's `promise-chains` transform against TypeScript's own
 * "Convert to async function" code fix (suggestion 80006, fixId `convertToAsyncFunction`), over the
 * promise-chains fixtures.
 *
 * For every case (`<case>.input.<ext>`) of the fixture directory:
 *   1. TypeScript: the input goes into an in-memory ts-morph project; every 80006 suggestion is
 *      listed (`getSuggestionDiagnostics`), each one is asked for its quick fix
 *      (`getCodeFixesAtPosition`), and the whole file is converted with the editor's "fix all in
 *      file" (`getCombinedCodeFix({ type: 'file' }, 'convertToAsyncFunction')`).
 *   2. awaitify: the built API, `transform(source, { filename, transforms: ['promise-chains'],
 *      prettier: false, ...<case>.options.json })`.
 *   3. Behaviour: for a case with a `<case>.scenario.json|js`, the input and each tool's output (when
 *      it changed) run under the scenario with the equivalence kit (__tests__/kit, one child
 *      process per case). A case awaitify leaves unchanged has no scenario next to it (the fixture
 *      layout forbids one without an output); its scenario, to run TypeScript's output, is
 *      scripts/compare-tsfix-scenarios/<case>.scenario.json. An output behaves differently when its event log differs from the
 *      input's for some scenario.
 *   4. A table: per case, converted by TypeScript / by awaitify, same behaviour as the input, then
 *      totals.
 *
 * TypeScript's fix is type-driven: it only offers to convert a function whose return type is a
 * promise and whose returned chain is typed as one. The fixtures call fake modules (`./db`,
 * `../lib/users`) that do not exist on disk, so `require('./db')` would be `any` and TypeScript would
 * flag nothing. The script therefore gives each relative module the fixture imports a generated
 * .d.ts (printed in the header as "given types for the fake modules"); `--no-fake-types` turns that
 * off. Node built-ins get their real types from @types/node (a devDependency), when installed.
 *
 * usage: node scripts/compare-tsfix.js [--dir DIR] [--json] [--show CASE] [--no-fake-types]
 *   --dir DIR        a promise-chains fixture directory (default __testfixtures__/promise-chains)
 *   --json           also write the results to .bench/compare-tsfix.json
 *   --show CASE      only this case: print its row, both outputs and any behaviour differences
 *   --no-fake-types  no generated .d.ts for the fake modules (what TypeScript does on its own)
 *
 * A report, not a test: exits 0 whatever the tools do; 1 only when the script itself fails
 * (no build, unreadable directory), 2 on a usage error. Needs `npm run build` first (the npm script
 * does it).
 */
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const DIST_INDEX = path.join(ROOT, 'dist', 'index.js');
const KIT_DIR = path.join(ROOT, '__tests__', 'kit');
const DEFAULT_DIR = path.join(ROOT, '__testfixtures__', 'promise-chains');
const RESULTS_FILE = path.join(ROOT, '.bench', 'compare-tsfix.json');
/**
 * Scenarios for cases awaitify leaves unchanged: the fixture layout allows a scenario only next to
 * an output, but TypeScript may still convert such a case, and its output must be run too.
 */
const EXTRA_SCENARIOS_DIR = path.join(ROOT, 'scripts', 'compare-tsfix-scenarios');
const TRANSFORM = 'promise-chains';
const FIX_CODE = 80006;
const FIX_ID = 'convertToAsyncFunction';

class UsageError extends Error {}

// ---------------------------------------------------------------------------------------------
// Arguments

function parseArgs(argv) {
  const args = { dir: DEFAULT_DIR, dirGiven: false, json: false, show: undefined, fakeTypes: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--dir') {
      args.dir = path.resolve(value());
      args.dirGiven = true;
    } else if (arg.startsWith('--dir=')) {
      args.dir = path.resolve(arg.slice('--dir='.length));
      args.dirGiven = true;
    } else if (arg === '--json') args.json = true;
    else if (arg === '--show') args.show = value();
    else if (arg.startsWith('--show=')) args.show = arg.slice('--show='.length);
    else if (arg === '--no-fake-types') args.fakeTypes = false;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else throw new UsageError(`unknown argument ${arg}`);
  }
  return args;
}

function printUsage() {
  console.log('usage: node scripts/compare-tsfix.js [--dir DIR] [--json] [--show CASE] [--no-fake-types]');
}

// ---------------------------------------------------------------------------------------------
// The equivalence kit (TypeScript sources, not compiled to dist)

/**
 * Loads the kit's own `equivalence.ts` and `fixture-cases.ts`, so the script finds cases and
 * compares behaviour exactly as the jest specs do. A temporary `.ts` loader: a project `.ts` file
 * that has a compiled twin in dist/ (the engine modules the kit imports) is taken from dist, the
 * build this script also transforms with; any other (the kit's) is transpiled to CommonJS with the
 * project's module settings. The loader is removed once the kit is loaded.
 */
function loadKit(ts) {
  const previous = require.extensions['.ts'];
  require.extensions['.ts'] = (module, filename) => {
    const rel = path.relative(ROOT, filename);
    if (rel.startsWith('..') || rel.split(path.sep).includes('node_modules')) {
      throw new Error(`compare-tsfix: refusing to load ${filename} (outside the project)`);
    }
    const compiled = path.join(ROOT, 'dist', rel.replace(/\.ts$/, '.js'));
    if (fs.existsSync(compiled)) {
      module.exports = require(compiled);
      return;
    }
    const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
        sourceMap: false,
      },
    });
    module._compile(outputText, filename);
  };
  try {
    return {
      equivalence: require(path.join(KIT_DIR, 'equivalence.ts')),
      fixtureCases: require(path.join(KIT_DIR, 'fixture-cases.ts')),
    };
  } finally {
    if (previous) require.extensions['.ts'] = previous;
    else delete require.extensions['.ts'];
  }
}

// ---------------------------------------------------------------------------------------------
// TypeScript's "Convert to async function"

/** Shown in the header and in --json: what TypeScript was given. */
function describeTsSettings(ts, tsEnv) {
  return {
    typescript: ts.version,
    compilerOptions:
      'allowJs, no checkJs (not needed: 80006 is computed for .js files too), strict off, target ES2022, ' +
      'lib es2022, module preserve + moduleResolution bundler (accepts require() and extensionless ' +
      'imports alike), esModuleInterop, jsx preserve, noEmit',
    nodeTypes: tsEnv.nodeTypes ? `@types/node ${tsEnv.nodeTypes} (real types for fs, fs/promises, child_process, util, …)` : 'none (@types/node not installed)',
    fakeModuleTypes: tsEnv.fakeTypes
      ? 'given types for the fake modules: every relative module the case imports (./db, ../lib/users) gets a ' +
        'generated .d.ts in which each name the case uses is a function returning Promise<any>, plus a ' +
        'default export whose every method does (the kit\'s fake library modules return a promise when ' +
        'called without a callback)'
      : 'none (--no-fake-types): relative modules do not resolve and are `any`',
    fix: 'per site: getCodeFixesAtPosition (is a quick fix offered?); whole file: getCombinedCodeFix ' +
      '({ type: "file" }, "convertToAsyncFunction") = the editor\'s "fix all in file"; 2-space (or the file\'s) indentation',
  };
}

/**
 * One in-memory project for all cases (lib and @types/node are parsed once): each case's file and
 * its generated module types are added under /cases/<n>/ and removed afterwards.
 */
function createTsEnv(tsMorph, fakeTypes) {
  const { Project, ts } = tsMorph;
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: {
      allowJs: true,
      checkJs: false,
      strict: false,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts'],
      module: ts.ModuleKind.Preserve,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      esModuleInterop: true,
      allowSyntheticDefaultImports: true,
      jsx: ts.JsxEmit.Preserve,
      types: [],
    },
  });
  const nodeTypes = copyNodeTypes(project.getFileSystem());
  if (nodeTypes) project.compilerOptions.set({ types: ['node'] });
  return { project, ts, fakeTypes, nodeTypes, counter: 0 };
}

/** Copies node_modules/@types/node (and undici-types, which it references) into the memory FS. */
function copyNodeTypes(memoryFs) {
  let nodeTypesDir;
  try {
    nodeTypesDir = path.dirname(require.resolve('@types/node/package.json', { paths: [ROOT] }));
  } catch {
    return undefined;
  }
  const copy = (dir, target) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const from = path.join(dir, entry.name);
      const to = `${target}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') copy(from, to);
      } else if (/\.d\.[cm]?ts$/.test(entry.name) || entry.name === 'package.json') {
        memoryFs.writeFileSync(to, fs.readFileSync(from, 'utf8'));
      }
    }
  };
  copy(nodeTypesDir, '/node_modules/@types/node');
  try {
    const undici = path.dirname(require.resolve('undici-types/package.json', { paths: [nodeTypesDir] }));
    copy(undici, '/node_modules/undici-types');
  } catch {
    // older @types/node does not use it
  }
  return JSON.parse(fs.readFileSync(path.join(nodeTypesDir, 'package.json'), 'utf8')).version;
}

const STRICT_RESERVED = new Set(['await', 'yield', 'let', 'static', 'implements', 'interface', 'package', 'private', 'protected', 'public', 'default', 'then', 'constructor']);

/** Every identifier-like token of the source: an over-approximation of what it takes from a module. */
function namesUsed(ts, source) {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.JSX, source);
  const names = new Set();
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    const isName = kind === ts.SyntaxKind.Identifier || (kind > ts.SyntaxKind.LastReservedWord && kind <= ts.SyntaxKind.LastKeyword);
    const text = scanner.getTokenText();
    if (isName && ts.isIdentifierText(text, ts.ScriptTarget.Latest) && !STRICT_RESERVED.has(text)) names.add(text);
  }
  return [...names].sort();
}

function fakeModuleDts(specifier, names) {
  return [
    `// given types for the fake module '${specifier}' (generated by scripts/compare-tsfix.js)`,
    'type FakeAsync = (...args: any[]) => Promise<any>;',
    'declare const fakeModule: { [method: string]: FakeAsync };',
    'export default fakeModule;',
    ...names.map((name) => `export function ${name}(...args: any[]): Promise<any>;`),
    '',
  ].join('\n');
}

/** `./db` -> `<dir>/db.d.ts`; `./db.js` -> `db.d.ts`; `./db.mjs` -> `db.d.mts`. */
function stubPath(fromDir, specifier) {
  const resolved = path.posix.resolve(fromDir, specifier);
  const m = /\.([cm]?)(?:js|ts|jsx|tsx)$/.exec(resolved);
  return m ? `${resolved.slice(0, m.index)}.d.${m[1]}ts` : `${resolved}.d.ts`;
}

function relativeSpecifiers(ts, source) {
  const { importedFiles } = ts.preProcessFile(source, true, true);
  return [...new Set(importedFiles.map((f) => f.fileName).filter((s) => s.startsWith('./') || s.startsWith('../')))];
}

function detectIndent(source) {
  const line = source.split('\n').find((l) => /^[ \t]+\S/.test(l));
  if (!line) return { indentSize: 2, tabSize: 2, convertTabsToSpaces: true };
  if (line[0] === '\t') return { indentSize: 4, tabSize: 4, convertTabsToSpaces: false };
  const width = line.length - line.trimStart().length;
  const size = width % 4 === 0 && width >= 4 ? 4 : 2;
  return { indentSize: size, tabSize: size, convertTabsToSpaces: true };
}

function applyTextChanges(text, textChanges) {
  const sorted = [...textChanges].sort((a, b) => b.span.start - a.span.start);
  let out = text;
  for (const c of sorted) out = out.slice(0, c.span.start) + c.newText + out.slice(c.span.start + c.span.length);
  return out;
}

/**
 * TypeScript's result for one case: `sites` (80006 suggestions), `offered` (sites whose quick fix
 * is offered), the "fix all in file" output, and `flaggedWithoutTypes` (80006 count with no given
 * types, for the header's honesty line). Status: `yes` every site converted, `partial` some,
 * `async-only` the combined fix only inserted `async` (it does that for a site whose conversion it
 * abandons, where the single quick fix is not offered at all), `no` nothing changed.
 */
function tsConvert(tsEnv, source, inputPath) {
  const { project, ts } = tsEnv;
  const dir = `/cases/${++tsEnv.counter}/src`;
  const fileName = `${dir}/${path.basename(inputPath)}`;
  const added = [];
  try {
    const countSites = () =>
      project.getLanguageService().compilerObject.getSuggestionDiagnostics(fileName).filter((d) => d.code === FIX_CODE);
    added.push(project.createSourceFile(fileName, source, { overwrite: true }));
    const flaggedWithoutTypes = countSites().length;
    const stubs = [];
    if (tsEnv.fakeTypes) {
      const names = namesUsed(ts, source);
      for (const specifier of relativeSpecifiers(ts, source)) {
        const file = stubPath(dir, specifier);
        if (project.getSourceFile(file)) continue;
        added.push(project.createSourceFile(file, fakeModuleDts(specifier, names), { overwrite: true }));
        stubs.push(specifier);
      }
    }
    const service = project.getLanguageService().compilerObject;
    const format = { ...ts.getDefaultFormatCodeSettings('\n'), ...detectIndent(source) };
    const preferences = { quotePreference: 'auto' };
    const sites = service.getSuggestionDiagnostics(fileName).filter((d) => d.code === FIX_CODE);
    const lineOf = (pos) => source.slice(0, pos).split('\n').length;
    const siteInfo = sites.map((d) => {
      const fixes = service.getCodeFixesAtPosition(fileName, d.start, d.start + d.length, [FIX_CODE], format, preferences);
      return { line: lineOf(d.start), offered: fixes.some((f) => f.fixName === FIX_ID) };
    });
    let output = source;
    if (sites.length > 0) {
      const combined = service.getCombinedCodeFix({ type: 'file', fileName }, FIX_ID, format, preferences);
      output = applyTextChanges(source, combined.changes.filter((c) => c.fileName === fileName).flatMap((c) => c.textChanges));
    }
    const offered = siteInfo.filter((s) => s.offered).length;
    const changed = output !== source;
    let status = 'no';
    if (changed) status = offered === 0 ? 'async-only' : offered < sites.length ? 'partial' : 'yes';
    return { status, changed, output, sites: siteInfo, flaggedWithoutTypes, givenTypes: stubs };
  } finally {
    for (const sf of added) project.removeSourceFile(sf);
  }
}

// ---------------------------------------------------------------------------------------------
// awaitify

async function awaitifyConvert(api, registered, source, inputPath, caseOptions) {
  if (!registered) return { status: 'no', changed: false, output: source, sites: [], unregistered: true };
  const result = await api.transform(source, {
    ...caseOptions,
    filename: inputPath,
    transforms: [TRANSFORM],
    prettier: false,
  });
  if (result.error) {
    const message = typeof result.error === 'string' ? result.error : result.error.message ?? JSON.stringify(result.error);
    return { status: 'error', changed: false, output: source, sites: result.sites ?? [], error: message };
  }
  const sites = (result.sites ?? []).map((s) => ({ kind: s.kind, code: s.code, line: s.line }));
  const converted = sites.filter((s) => s.kind === 'converted').length;
  const skipped = sites.filter((s) => s.kind === 'skipped').length;
  let status = 'no';
  if (result.changed) status = skipped > 0 && converted > 0 ? 'partial' : 'yes';
  return { status, changed: result.changed, output: result.code, sites };
}

// ---------------------------------------------------------------------------------------------
// Behaviour

/**
 * Runs the input and each changed output under the case's scenario (one child process). Per tool:
 * `same` | `differs` (+ the differing scenarios) | `-` (output unchanged: nothing to run) |
 * `no scenario` | `kit error`.
 */
async function compareBehaviour(kit, fixture, packageType, outputs) {
  const result = {};
  const changed = Object.entries(outputs).filter(([, o]) => o.changed);
  for (const [tool, o] of Object.entries(outputs)) result[tool] = { verdict: o.changed ? (fixture.scenario ? 'pending' : 'no scenario') : '-' };
  if (!fixture.scenario || changed.length === 0) return result;
  try {
    const programs = [
      { filename: fixture.input, packageType },
      ...changed.map(([, o]) => ({ filename: fixture.input, code: o.output, packageType })),
    ];
    const [inputRuns, ...outputRuns] = await kit.equivalence.runPrograms(programs, { path: fixture.scenario });
    for (const run of inputRuns) {
      if (!run.loaded) throw new kit.equivalence.KitError(`the input failed to load in "${run.name}": ${run.log.join(' | ')}`);
      if (run.log.length === 0) throw new kit.equivalence.KitError(`the input did nothing observable in "${run.name}"`);
    }
    changed.forEach(([tool], i) => {
      const comparison = { input: inputRuns, output: outputRuns[i] };
      const differs = kit.equivalence.behaviourDiffers(comparison);
      result[tool] = { verdict: differs ? 'differs' : 'same', differences: differs ? logDifferences(inputRuns, outputRuns[i]) : [] };
    });
  } catch (error) {
    for (const [tool] of changed) result[tool] = { verdict: 'kit error', error: error.message };
  }
  return result;
}

/** Per differing scenario: its name, both logs, and the first line where they part. */
function logDifferences(inputRuns, outputRuns) {
  const out = [];
  const names = [...new Set([...inputRuns, ...outputRuns].map((r) => r.name))];
  for (const name of names) {
    const a = inputRuns.find((r) => r.name === name)?.log ?? [];
    const b = outputRuns.find((r) => r.name === name)?.log ?? [];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    out.push({ scenario: name, firstDifference: { line: i + 1, input: a[i] ?? '(end of log)', output: b[i] ?? '(end of log)' }, inputLog: a, outputLog: b });
  }
  return out;
}

/** `scripts/compare-tsfix-scenarios/<case>.scenario.json|js`, for a case without its own. */
function extraScenario(name) {
  for (const ext of ['json', 'js']) {
    const file = path.join(EXTRA_SCENARIOS_DIR, `${name}.scenario.${ext}`);
    if (fs.existsSync(file)) return file;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Report

const CONVERTED = new Set(['yes', 'partial']);

function behaviourCell(b) {
  if (b.verdict === 'same') return 'yes';
  if (b.verdict === 'differs') return 'NO';
  return b.verdict;
}

function notesFor(row) {
  const notes = [];
  if (row.error) return [`error: ${row.error}`];
  const { ts, awaitify } = row;
  if (ts.error) notes.push(`TS error: ${ts.error}`);
  else if (ts.sites.length === 0) notes.push('TS: no 80006');
  else {
    const notOffered = ts.sites.filter((s) => !s.offered);
    if (notOffered.length > 0) notes.push(`TS: 80006 without a quick fix at line ${notOffered.map((s) => s.line).join(', ')}`);
  }
  if (awaitify.error) notes.push(`awaitify error: ${awaitify.error.split('\n')[0]}`);
  const skips = (awaitify.sites ?? []).filter((s) => s.kind === 'skipped').map((s) => s.code);
  if (skips.length > 0) notes.push(`awaitify skipped: ${[...new Set(skips)].join(', ')}`);
  for (const [tool, b] of Object.entries(row.behaviour ?? {})) {
    if (b.verdict === 'differs') notes.push(`${tool} differs in: ${b.differences.map((d) => `"${d.scenario}"`).join(', ')}`);
    if (b.verdict === 'kit error') notes.push(`kit error: ${b.error.split('\n')[0]}`);
  }
  return [...new Set(notes)];
}

function printTable(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === cells.length - 1 ? String(c) : String(c).padEnd(widths[i]))).join('  ').trimEnd();
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

function totalsOf(rows) {
  const ok = rows.filter((r) => !r.error);
  const tsC = (r) => CONVERTED.has(r.ts.status);
  const awC = (r) => CONVERTED.has(r.awaitify.status);
  const verdicts = (tool) => ok.map((r) => r.behaviour[tool].verdict);
  const count = (list, v) => list.filter((x) => x === v).length;
  return {
    cases: rows.length,
    failed: rows.length - ok.length,
    convertedByBoth: ok.filter((r) => tsC(r) && awC(r)).length,
    awaitifyOnly: ok.filter((r) => !tsC(r) && awC(r)).length,
    typescriptOnly: ok.filter((r) => tsC(r) && !awC(r)).length,
    neither: ok.filter((r) => !tsC(r) && !awC(r)).length,
    tsAsyncOnly: ok.filter((r) => r.ts.status === 'async-only').length,
    tsFlaggedWithoutGivenTypes: ok.filter((r) => r.ts.flaggedWithoutTypes > 0).length,
    tsFlagged: ok.filter((r) => r.ts.sites.length > 0).length,
    behaviour: Object.fromEntries(
      ['typescript', 'awaitify'].map((tool) => {
        const v = verdicts(tool);
        return [tool, { checked: count(v, 'same') + count(v, 'differs'), differs: count(v, 'differs'), noScenario: count(v, 'no scenario'), kitError: count(v, 'kit error') }];
      }),
    ),
  };
}

function printReport(rows, totals, settings, registered, dir) {
  console.log(`TypeScript "Convert to async function" (80006) vs awaitify ${TRANSFORM} — ${dir}`);
  console.log(`  TypeScript ${settings.typescript}: ${settings.compilerOptions}`);
  console.log(`  node types: ${settings.nodeTypes}`);
  console.log(`  ${settings.fakeModuleTypes}`);
  console.log(`  fix: ${settings.fix}`);
  if (!registered) console.log(`  awaitify: transform "${TRANSFORM}" is not registered in this build (dist/); every case counts as not converted by awaitify`);
  console.log('');
  if (rows.length === 0) {
    console.log(fs.existsSync(dir) ? 'no cases' : `no cases (${dir} does not exist yet)`);
    return;
  }
  const table = rows.map((r) =>
    r.error
      ? [r.case, 'error', 'error', '', '', notesFor(r).join('; ')]
      : [
          r.case,
          r.ts.status,
          r.awaitify.status,
          behaviourCell(r.behaviour.typescript),
          behaviourCell(r.behaviour.awaitify),
          notesFor(r).join('; '),
        ],
  );
  printTable(['case', 'TS converted', 'awaitify converted', 'TS same behaviour', 'awaitify same behaviour', 'notes'], table);
  console.log('');
  console.log('converted: yes | partial (some sites) | async-only (TS fix-all only inserted `async`, counted as not converted) | no');
  console.log('same behaviour: yes | NO (event log differs from the input\'s in some scenario) | - (output unchanged) | no scenario | kit error');
  console.log('');
  const t = totals;
  console.log(`totals over ${t.cases} case(s)${t.failed ? ` (${t.failed} failed in the script, not counted)` : ''}:`);
  console.log(`  converted by both: ${t.convertedByBoth}   awaitify only: ${t.awaitifyOnly}   TypeScript only: ${t.typescriptOnly}   neither: ${t.neither}`);
  if (t.tsAsyncOnly) console.log(`  TypeScript fix-all only inserted \`async\` (no chain converted): ${t.tsAsyncOnly}`);
  console.log(`  TypeScript flags (80006) ${t.tsFlagged} case(s)${settings.fakeTypesOn ? `; without the given types for the fake modules it would flag ${t.tsFlaggedWithoutGivenTypes}` : ''}`);
  for (const [tool, b] of Object.entries(t.behaviour)) {
    const extra = [b.noScenario && `${b.noScenario} changed without a scenario`, b.kitError && `${b.kitError} kit error(s)`].filter(Boolean).join(', ');
    console.log(`  ${tool.padEnd(10)} outputs that behave differently from the input: ${b.differs} of ${b.checked} run${extra ? ` (${extra})` : ''}`);
  }
  const differing = rows.filter((r) => !r.error).flatMap((r) =>
    Object.entries(r.behaviour).filter(([, b]) => b.verdict === 'differs').flatMap(([tool, b]) => b.differences.map((d) => ({ case: r.case, tool, d }))),
  );
  if (differing.length > 0) {
    console.log('');
    console.log('behaviour differences (first differing log line; --show CASE for the outputs and full logs):');
    for (const { case: name, tool, d } of differing) {
      console.log(`  ${name} / ${tool} / "${d.scenario}" line ${d.firstDifference.line}:`);
      console.log(`      input : ${d.firstDifference.input}`);
      console.log(`      output: ${d.firstDifference.output}`);
    }
  }
}

function printShow(row) {
  const banner = (title) => console.log(`\n===== ${title} ${'='.repeat(Math.max(0, 70 - title.length))}`);
  banner(`${row.case}: input (${row.input})`);
  console.log(row.source.trimEnd());
  if (row.error) {
    banner('error');
    console.log(row.error);
    return;
  }
  banner(`TypeScript output (${row.ts.status}${row.ts.changed ? '' : ', unchanged'})`);
  console.log(row.ts.output.trimEnd());
  banner(`awaitify output (${row.awaitify.status}${row.awaitify.unregistered ? `, "${TRANSFORM}" not registered` : row.awaitify.changed ? '' : ', unchanged'})`);
  console.log(row.awaitify.output.trimEnd());
  if (row.awaitify.sites?.length) console.log(`\nawaitify sites: ${row.awaitify.sites.map((s) => `${s.kind} ${s.code} (line ${s.line})`).join('; ')}`);
  for (const [tool, b] of Object.entries(row.behaviour)) {
    if (b.verdict !== 'differs') continue;
    for (const d of b.differences) {
      banner(`${tool}: scenario "${d.scenario}" (input log; "!" marks a line that differs, "->" the output's)`);
      const n = Math.max(d.inputLog.length, d.outputLog.length);
      for (let i = 0; i < n; i++) {
        const a = d.inputLog[i] ?? '';
        const o = d.outputLog[i] ?? '';
        console.log(a === o ? `  ${a}` : `! ${a}\n  -> ${o}`);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`compare-tsfix: ${error.message}`);
    printUsage();
    return 2;
  }
  if (args.help) {
    printUsage();
    return 0;
  }
  if (!fs.existsSync(DIST_INDEX)) {
    console.error('compare-tsfix: dist/ is missing; run `npm run build` (or `npm run compare:tsfix`)');
    return 1;
  }
  if (args.dirGiven && !fs.statSync(args.dir, { throwIfNoEntry: false })?.isDirectory()) {
    console.error(`compare-tsfix: ${args.dir} is not a directory`);
    return 1;
  }

  const tsMorph = require('ts-morph');
  const kit = loadKit(tsMorph.ts);
  const api = require(DIST_INDEX);
  const registered = api.listTransforms().some((t) => t.name === TRANSFORM);

  // Cases as the kit finds them: `--dir` names a transform directory; the kit lists a root of them.
  const parent = path.dirname(args.dir);
  const dirName = path.basename(args.dir);
  let cases = kit.fixtureCases.listFixtureCases(parent).filter((c) => c.transform === dirName);
  const layout = fs.existsSync(args.dir)
    ? kit.fixtureCases.fixtureLayoutProblems(parent, [dirName]).filter((p) => p.startsWith(args.dir + path.sep))
    : [];
  for (const problem of layout) console.log(`warning (fixture layout): ${problem}`);
  if (args.show !== undefined) {
    cases = cases.filter((c) => c.name === args.show);
    if (cases.length === 0) {
      console.error(`compare-tsfix: no case named "${args.show}" in ${args.dir}`);
      return 2;
    }
  }

  const tsEnv = createTsEnv(tsMorph, args.fakeTypes);
  const settings = { ...describeTsSettings(tsMorph.ts, tsEnv), fakeTypesOn: args.fakeTypes };
  const rows = [];
  for (const fixture of cases) {
    fixture.scenario ??= extraScenario(fixture.name);
    const row = { case: fixture.name, input: fixture.input, scenario: fixture.scenario ?? null };
    rows.push(row);
    try {
      row.source = fs.readFileSync(fixture.input, 'utf8');
      const caseOptions = kit.fixtureCases.readCaseOptions(fixture);
      try {
        row.ts = tsConvert(tsEnv, row.source, fixture.input);
      } catch (error) {
        row.ts = { status: 'error', changed: false, output: row.source, sites: [], flaggedWithoutTypes: 0, givenTypes: [], error: error.message };
      }
      try {
        row.awaitify = await awaitifyConvert(api, registered, row.source, fixture.input, caseOptions);
      } catch (error) {
        row.awaitify = { status: 'error', changed: false, output: row.source, sites: [], error: error.message };
      }
      row.behaviour = await compareBehaviour(kit, fixture, caseOptions.packageType, { typescript: row.ts, awaitify: row.awaitify });
    } catch (error) {
      row.error = error.message;
    }
  }

  const totals = totalsOf(rows);
  printReport(rows, totals, settings, registered, args.dir);
  if (args.show !== undefined) printShow(rows[0]);
  if (args.json) {
    fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
    const { fakeTypesOn, ...tsSettings } = settings;
    const json = { dir: args.dir, transform: TRANSFORM, transformRegistered: registered, typescriptSettings: tsSettings, fakeModuleTypes: fakeTypesOn, totals, cases: rows };
    fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(json, null, 2)}\n`);
    console.log(`\nwrote ${path.relative(process.cwd(), RESULTS_FILE) || RESULTS_FILE}`);
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`compare-tsfix failed: ${error.stack ?? error}`);
    process.exitCode = 1;
  },
);
