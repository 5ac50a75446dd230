/**
 * The project-wide phase: run once in the parent, before any file is transformed, over every file
 * of the run; its result (ProjectFacts) is plain data that workers receive per file.
 *
 * Today it resolves relative module specifiers (`require('./x')`, `import … from './x'`,
 * `export … from './x'`, `import('./x')`) to files of the run. It finds them with one lexical
 * scan per file (see SPECIFIER_SCAN), not a parse: on a 2,000-file, 315k-line corpus the scan and
 * resolution take ~40 ms, where `ts.preProcessFile` took ~170 ms plus ~250 ms to load TypeScript,
 * and a ts-morph Project with every file added (no type-checking) ~2.2 s — a third of the
 * per-file phase. Which exported functions become async is agreed on afterwards, from what the
 * transforms report per file (project-rounds.ts).
 */
import path from 'node:path';
import { emptyProjectFacts, type ProjectFacts } from './project-facts';
import { findPromiseOverloadCalls } from './type-facts';

export interface IndexedFile {
  /** Absolute path. */
  file: string;
  source: string;
}

export function buildProjectFacts(files: readonly IndexedFile[]): ProjectFacts {
  const facts = emptyProjectFacts();
  const known = new Set(files.map((f) => f.file));
  for (const { file, source } of files) {
    const resolved = resolveRelativeSpecifiers(file, source, known);
    if (Object.keys(resolved).length > 0) facts.resolutions[file] = resolved;
  }
  facts.promiseCalls = findPromiseOverloadCalls(files);
  return facts;
}

/** Node's lookup for a relative specifier, restricted to the run's files. */
const EXTENSION_ORDER = ['.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.mts', '.cts'];
/** TypeScript sources import their compiled name: `./x.js` may mean `./x.ts`. */
const COMPILED_TO_SOURCE: Record<string, string[]> = {
  '.js': ['.ts', '.tsx'],
  '.jsx': ['.tsx'],
  '.mjs': ['.mts'],
  '.cjs': ['.cts'],
};

function resolveRelativeSpecifiers(file: string, source: string, known: ReadonlySet<string>): Record<string, string> {
  const resolved: Record<string, string> = {};
  for (const specifier of moduleSpecifiers(source)) {
    if (!isRelative(specifier) || specifier in resolved) continue;
    const target = resolveSpecifier(path.resolve(path.dirname(file), specifier), known);
    if (target) resolved[specifier] = target;
  }
  return resolved;
}

/**
 * One pass that consumes comments, string and template literals whole (so `// require('./x')` or
 * a string mentioning `from './x'` is not an import), and captures the specifier of
 * `require('…')`, `import('…')`, `import '…'` and `… from '…'`. A regular expression literal
 * holding a quote can hide an import on the same line: a missed resolution only leaves a
 * transform without cross-file facts, and transforms then stay conservative.
 */
const SPECIFIER_SCAN = new RegExp(
  [
    String.raw`\/\/[^\n]*`,
    String.raw`\/\*[\s\S]*?\*\/`,
    String.raw`'(?:\\[^\n]|[^'\\\n])*'`,
    String.raw`"(?:\\[^\n]|[^"\\\n])*"`,
    String.raw`\`(?:\\[\s\S]|[^\\\`])*\``,
    String.raw`\b(?:require|import)\s*\(\s*(['"])([^'"\n]+)\1\s*\)`,
    String.raw`\b(?:from|import)\s*(['"])([^'"\n]+)\3`,
  ].join('|'),
  'g',
);

export function moduleSpecifiers(source: string): string[] {
  const specifiers: string[] = [];
  for (const match of source.matchAll(SPECIFIER_SCAN)) {
    const specifier = match[2] ?? match[4];
    if (specifier !== undefined) specifiers.push(specifier);
  }
  return specifiers;
}

function isRelative(specifier: string): boolean {
  return specifier === '.' || specifier === '..' || specifier.startsWith('./') || specifier.startsWith('../');
}

function resolveSpecifier(base: string, known: ReadonlySet<string>): string | undefined {
  if (known.has(base)) return base;
  for (const extension of EXTENSION_ORDER) {
    if (known.has(base + extension)) return base + extension;
  }
  const compiled = path.extname(base);
  for (const extension of COMPILED_TO_SOURCE[compiled] ?? []) {
    const candidate = base.slice(0, -compiled.length) + extension;
    if (known.has(candidate)) return candidate;
  }
  for (const extension of EXTENSION_ORDER) {
    const candidate = base + path.sep + 'index' + extension;
    if (known.has(candidate)) return candidate;
  }
  return undefined;
}
