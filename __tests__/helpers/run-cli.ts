/**
 * Runs the built CLI (`node dist/cli/bin.js`) in a subprocess on temporary projects, the way a
 * user runs it: real files, real exit codes, stdout and stderr kept apart.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const BIN = path.join(ROOT, 'dist', 'cli', 'bin.js');

/** Compiles the project once per test file, so the subprocess runs the current sources. */
export function buildOnce(): void {
  if (built) return;
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'pipe' });
  built = true;
}
let built = false;

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  /** Piped to stdin. */
  input?: string | Buffer;
  /** Merged over the environment; undefined removes a variable. */
  env?: Record<string, string | undefined>;
}

export function runCli(args: string[], options: RunOptions): CliResult {
  const result = runCliBytes(args, options);
  return { ...result, stdout: result.stdout.toString('utf8') };
}

/** `runCli` with stdout as the bytes written, for checks that decoding would hide. */
export function runCliBytes(args: string[], options: RunOptions): { code: number | null; stdout: Buffer; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    env: cliEnv(options.env),
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.toString('utf8') };
}

/** No colour unless a test asks for it: jest sets FORCE_COLOR for its workers. */
function cliEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...overrides };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return env;
}

const tempDirs: string[] = [];

/** A temporary directory holding `files` (relative path -> content). */
export function tempProject(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awaitify-cli-'));
  tempDirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return dir;
}

export function removeTempProjects(): void {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

export function readFile(dir: string, name: string): string {
  return fs.readFileSync(path.join(dir, name), 'utf8');
}
