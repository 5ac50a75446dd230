/**
 * Finds fixture cases under `__testfixtures__/<transform>/` and checks the directory layout.
 *
 * A case is `<case>.input.<ext>` (ext: js jsx mjs cjs ts tsx) with optional companions:
 * `<case>.output.<ext>` (same ext; absent: the input must stay unchanged), `<case>.report.json`,
 * `<case>.options.json`, `<case>.scenario.json` or `.scenario.js`. Any other file is a layout
 * problem (a misspelled companion would otherwise be silently ignored), except `*.md` notes.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TransformOptions } from '../../engine/transform-source';

/** `AWAITIFY_FIXTURES_ROOT` points the specs at another tree (a scratch copy while drafting). */
export const FIXTURES_ROOT = path.resolve(process.env.AWAITIFY_FIXTURES_ROOT ?? path.join(__dirname, '..', '..', '__testfixtures__'));
export const FIXTURE_EXTENSIONS = ['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx'] as const;

export interface FixtureCase {
  transform: string;
  name: string;
  input: string;
  output?: string;
  report?: string;
  options?: string;
  scenario?: string;
}

/**
 * What `<case>.options.json` may set; the spec fixes filename and prettier itself. `transforms`:
 * the pipeline the case runs, which must include the fixture's own transform (default: only it),
 * for a transform that works on what an earlier one prepared (async-loops after callbacks).
 */
export type CaseOptions = Pick<TransformOptions, 'parallel' | 'parser' | 'packageType' | 'keepApi' | 'config' | 'transforms'>;
const OPTION_KEYS: readonly string[] = ['parallel', 'parser', 'packageType', 'keepApi', 'config', 'transforms'];

type Role = 'input' | 'output' | 'report' | 'options' | 'scenario';

interface CaseFiles {
  name: string;
  files: Record<Role, string[]>;
}

const ROLE_PATTERNS: [Role, RegExp][] = [
  ['input', new RegExp(`^(.+)\\.input\\.(${FIXTURE_EXTENSIONS.join('|')})$`)],
  ['output', new RegExp(`^(.+)\\.output\\.(${FIXTURE_EXTENSIONS.join('|')})$`)],
  ['report', /^(.+)\.report\.json$/],
  ['options', /^(.+)\.options\.json$/],
  ['scenario', /^(.+)\.scenario\.(json|js)$/],
];

interface TransformDir {
  transform: string;
  cases: CaseFiles[];
  unrecognised: string[];
}

function listDir(dir: string): fs.Dirent[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : [];
}

function scanTransformDir(root: string, transform: string): TransformDir {
  const dir = path.join(root, transform);
  const byName = new Map<string, CaseFiles>();
  const unrecognised: string[] = [];
  for (const entry of listDir(dir).sort((a, b) => a.name.localeCompare(b.name))) {
    const file = path.join(dir, entry.name);
    if (entry.isFile() && entry.name.endsWith('.md')) continue;
    const match = entry.isFile() ? ROLE_PATTERNS.map(([role, re]) => [role, re.exec(entry.name)] as const).find(([, m]) => m) : undefined;
    if (!match) {
      unrecognised.push(file);
      continue;
    }
    const [role, m] = match;
    const name = m![1];
    if (!byName.has(name)) byName.set(name, { name, files: { input: [], output: [], report: [], options: [], scenario: [] } });
    byName.get(name)!.files[role].push(file);
  }
  return { transform, cases: [...byName.values()], unrecognised };
}

function scanRoot(root: string): { dirs: TransformDir[]; strayFiles: string[] } {
  const entries = listDir(root);
  return {
    dirs: entries.filter((e) => e.isDirectory()).map((e) => scanTransformDir(root, e.name)),
    strayFiles: entries.filter((e) => !e.isDirectory() && !e.name.endsWith('.md')).map((e) => path.join(root, e.name)),
  };
}

/** Every well-formed case, grouped by transform in name order. A missing root means no cases. */
export function listFixtureCases(root = FIXTURES_ROOT): FixtureCase[] {
  return scanRoot(root).dirs.flatMap(({ transform, cases }) =>
    cases
      .filter((c) => c.files.input.length === 1)
      .map((c) => ({
        transform,
        name: c.name,
        input: c.files.input[0],
        output: c.files.output[0],
        report: c.files.report[0],
        options: c.files.options[0],
        scenario: c.files.scenario[0],
      })),
  );
}

/** Layout mistakes that would make a fixture silently check less than its author meant. */
export function fixtureLayoutProblems(root: string, knownTransforms: readonly string[]): string[] {
  const { dirs, strayFiles } = scanRoot(root);
  const problems = strayFiles.map((file) => `${file}: not inside a transform directory`);
  for (const { transform, cases, unrecognised } of dirs) {
    if (!knownTransforms.includes(transform)) {
      problems.push(`${path.join(root, transform)}: no transform named "${transform}" (known: ${knownTransforms.join(', ')})`);
    }
    problems.push(...unrecognised.map((file) => `${file}: not a fixture file name (see __tests__/kit/README.md)`));
    for (const c of cases) problems.push(...caseProblems(path.join(root, transform, c.name), c.files));
  }
  return problems;
}

function caseProblems(where: string, files: Record<Role, string[]>): string[] {
  const problems: string[] = [];
  const [input] = files.input;
  if (files.input.length > 1) problems.push(`${where}: several inputs (${files.input.map((f) => path.basename(f)).join(', ')})`);
  for (const role of ['output', 'report', 'options', 'scenario'] as const) {
    if (files[role].length > 1) problems.push(`${where}: several ${role} files`);
    if (files[role].length > 0 && files.input.length === 0) problems.push(`${files[role][0]}: has no matching .input file`);
  }
  const [output] = files.output;
  if (input && output && path.extname(input) !== path.extname(output)) {
    problems.push(`${output}: extension differs from its input ${path.basename(input)}`);
  }
  if (files.scenario.length > 0 && !output) {
    problems.push(`${files.scenario[0]}: a scenario needs an .output to compare the input with`);
  }
  return problems;
}

export function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
}

/** The case's `options.json`, with unknown keys rejected (a typo would silently change nothing). */
export function readCaseOptions(fixture: FixtureCase): CaseOptions {
  if (!fixture.options) return {};
  const options = readJson(fixture.options) as Record<string, unknown>;
  const unknown = Object.keys(options).filter((key) => !OPTION_KEYS.includes(key));
  if (unknown.length > 0) throw new Error(`${fixture.options}: unknown option(s) ${unknown.join(', ')} (allowed: ${OPTION_KEYS.join(', ')})`);
  const { transforms } = options;
  if (transforms !== undefined && !(Array.isArray(transforms) && transforms.includes(fixture.transform))) {
    throw new Error(`${fixture.options}: "transforms" must be a list that includes ${fixture.transform}`);
  }
  return options as CaseOptions;
}
