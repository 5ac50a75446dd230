/**
 * Prettier, on changed files only. `auto` (the default) formats only when the project has a
 * prettier config of its own: reformatting a whole file in a project that does not use prettier
 * would bury the real change in a PR diff. Without prettier, recast prints new code in the
 * file's detected style.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PrettierMode } from './options';
import { detectStyle, restoreBom, stripBom } from './source-style';

export interface FormatResult {
  code: string;
  /** Set when prettier failed; the unformatted code is kept. */
  error?: string;
}

type Prettier = typeof import('prettier');
let prettierModule: Promise<Prettier> | undefined;
function loadPrettier(): Promise<Prettier> {
  prettierModule ??= import('prettier');
  return prettierModule;
}

/** Config file lookups walk up the directory tree: once per directory per process. */
const configFileByDirectory = new Map<string, Promise<string | null>>();
function findConfigFile(prettier: Prettier, filename: string): Promise<string | null> {
  const directory = path.dirname(path.resolve(filename));
  let found = configFileByDirectory.get(directory);
  if (!found) {
    found = prettier.resolveConfigFile(filename);
    configFileByDirectory.set(directory, found);
  }
  return found;
}

/**
 * Every name prettier 3 looks for while searching a directory for its config (its own list,
 * `CONFIG_FILES` in prettier/index.mjs) but the two package files it reads a `prettier` key from.
 */
const PRETTIER_CONFIG_NAMES = new Set([
  '.prettierrc',
  '.prettierrc.json',
  '.prettierrc.yml',
  '.prettierrc.yaml',
  '.prettierrc.json5',
  '.prettierrc.js',
  '.prettierrc.ts',
  '.prettierrc.mjs',
  '.prettierrc.mts',
  '.prettierrc.cjs',
  '.prettierrc.cts',
  '.prettierrc.toml',
  'prettier.config.js',
  'prettier.config.ts',
  'prettier.config.mjs',
  'prettier.config.mts',
  'prettier.config.cjs',
  'prettier.config.cts',
]);

const candidateByDirectory = new Map<string, boolean>();

/**
 * False when no directory from the file's up to the root holds anything prettier could read a
 * config from: then `auto` does not load prettier at all (its import alone took about half a
 * second per worker). True is only a maybe; prettier's own search decides.
 */
export function mayHavePrettierConfig(filename: string): boolean {
  return candidateAbove(path.dirname(path.resolve(filename)));
}

function candidateAbove(directory: string): boolean {
  let found = candidateByDirectory.get(directory);
  if (found === undefined) {
    const parent = path.dirname(directory);
    found = holdsCandidate(directory) || (parent !== directory && candidateAbove(parent));
    candidateByDirectory.set(directory, found);
  }
  return found;
}

function holdsCandidate(directory: string): boolean {
  let names: string[];
  try {
    names = fs.readdirSync(directory);
  } catch {
    return true; // unreadable: let prettier look
  }
  return names.some(
    (name) =>
      PRETTIER_CONFIG_NAMES.has(name) ||
      (name === 'package.json' && packageJsonHasPrettierKey(path.join(directory, name))) ||
      (name === 'package.yaml' && mayMentionPrettier(path.join(directory, name))),
  );
}

/** A `"prettier"` key, as prettier reads it; a devDependency on prettier is not a config. */
function packageJsonHasPrettierKey(file: string): boolean {
  try {
    return Boolean(JSON.parse(fs.readFileSync(file, 'utf8'))?.prettier);
  } catch {
    return true; // unreadable or not JSON: let prettier decide
  }
}

function mayMentionPrettier(file: string): boolean {
  try {
    return fs.readFileSync(file, 'utf8').includes('prettier');
  } catch {
    return true;
  }
}

/** Listed in the `.prettierignore` beside the project's prettier config. */
async function isPrettierIgnored(prettier: Prettier, filename: string, configFile: string): Promise<boolean> {
  const ignorePath = path.join(path.dirname(configFile), '.prettierignore');
  if (!fs.existsSync(ignorePath)) return false;
  return (await prettier.getFileInfo(filename, { ignorePath })).ignored;
}

export async function formatChanged(code: string, filename: string, mode: PrettierMode): Promise<FormatResult> {
  if (mode === false) return { code };
  if (mode === 'auto' && !mayHavePrettierConfig(filename)) return { code };
  const prettier = await loadPrettier();
  const configFile = await findConfigFile(prettier, filename);
  if (mode === 'auto' && !configFile) return { code };
  const style = detectStyle(code);
  try {
    // As prettier's own CLI: a file its .prettierignore lists is not formatted, and .editorconfig
    // fills in what the config leaves open (indent style and width, line endings).
    if (configFile && (await isPrettierIgnored(prettier, filename, configFile))) return { code };
    const config = configFile ? await prettier.resolveConfig(filename, { config: configFile, editorconfig: true }) : null;
    const formatted = await prettier.format(stripBom(code), {
      filepath: filename,
      ...(config ?? {
        singleQuote: style.quote === 'single',
        useTabs: style.useTabs,
        tabWidth: style.tabWidth,
        endOfLine: style.lineTerminator === '\r\n' ? 'crlf' : 'lf',
      }),
    });
    return { code: restoreBom(formatted, style) };
  } catch (error) {
    return { code, error: `prettier failed: ${(error as Error).message.split('\n')[0]}` };
  }
}
