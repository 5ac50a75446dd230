/**
 * The behaviour-equivalence runner: runs programs (a fixture's input and output) against the same
 * scenario in a child process (run-programs.js), each in a fresh vm context and fake world, and
 * returns one event log per program and scenario variant. Two programs behave the same when their
 * logs are equal. See README.md for the log and scenario formats.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PackageType } from '../../engine/module-kind';
import { toRunnableProgram } from './program-source';

export interface ProgramSource {
  /** Decides the module format (by extension); read from disk when `code` is not given. */
  filename: string;
  code?: string;
  packageType?: PackageType;
}

/** A scenario file, or a scenario value given inline (self-tests). */
export type ScenarioSource = { path: string } | { inline: unknown };

export interface ScenarioRun {
  name: string;
  /** False when the program threw (or never finished) while loading. */
  loaded: boolean;
  log: string[];
}

export interface Comparison {
  input: ScenarioRun[];
  output: ScenarioRun[];
}

/** A defect of the scenario or the kit (bad entry, unserved module, vacuous input run). */
export class KitError extends Error {}

const RUNNER = path.join(__dirname, 'run-programs.js');
const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const RUN_TIME_LIMIT_MS = 30_000;
/**
 * The sandbox evaluates package files as CommonJS: the child resolves them the CommonJS way,
 * without the `module-sync` export condition that points some packages (tape's dependencies) at
 * `.mjs` files. Node versions without require(esm) have neither the condition nor the flag.
 */
const COMMONJS_RESOLUTION = process.allowedNodeEnvironmentFlags.has('--no-experimental-require-module') ? ['--no-experimental-require-module'] : [];

/** Runs every program against every variant of the scenario: `result[program][variant]`. */
export async function runPrograms(programs: ProgramSource[], scenario: ScenarioSource): Promise<ScenarioRun[][]> {
  const runnable = await Promise.all(
    programs.map(async (p) => toRunnableProgram(p.code ?? (await readFile(p.filename, 'utf8')), p.filename, p.packageType)),
  );
  const request = {
    programs: runnable,
    projectRoot: PROJECT_ROOT,
    ...('path' in scenario ? { scenarioPath: path.resolve(scenario.path) } : { scenario: scenario.inline }),
  };
  const reply = JSON.parse(await runChild(JSON.stringify(request))) as { runs?: ScenarioRun[][]; kitError?: string };
  if (reply.kitError !== undefined) throw new KitError(reply.kitError);
  return reply.runs!;
}

/**
 * Runs an input and its converted output. The input must load and do something observable:
 * otherwise equal logs would prove nothing, so that is a KitError rather than a pass.
 */
export async function compareBehaviour(input: ProgramSource, output: ProgramSource, scenario: ScenarioSource): Promise<Comparison> {
  const [inputRuns, outputRuns] = await runPrograms([input, output], scenario);
  for (const run of inputRuns) {
    if (!run.loaded) throw new KitError(`${input.filename} failed to load in "${run.name}":\n${run.log.join('\n')}`);
    if (run.log.length === 0) throw new KitError(`${input.filename} did nothing observable in "${run.name}"`);
  }
  return { input: inputRuns, output: outputRuns };
}

/** `{ [variant name]: log }`: the shape to compare with `toEqual`, for a readable diff. */
export function logsByScenario(runs: ScenarioRun[]): Record<string, string[]> {
  return Object.fromEntries(runs.map((run) => [run.name, run.log]));
}

export function behaviourDiffers(comparison: Comparison): boolean {
  return JSON.stringify(logsByScenario(comparison.input)) !== JSON.stringify(logsByScenario(comparison.output));
}

function runChild(stdin: string): Promise<string> {
  return new Promise((resolve, reject) => {
    // The child needs no Jest flags; NODE_OPTIONS would only add warnings to its output.
    const env = { ...process.env, NODE_OPTIONS: '' };
    const child = spawn(process.execPath, [...COMMONJS_RESOLUTION, RUNNER], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIME_LIMIT_MS);
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const out = Buffer.concat(stdout).toString('utf8');
      if (code === 0 && out !== '') resolve(out);
      else reject(new KitError(`equivalence runner exited with ${signal ?? code}:\n${Buffer.concat(stderr).toString('utf8')}`));
    });
    child.stdin.end(stdin);
  });
}
