/**
 * Prettier, on changed files only. `auto` (the default) formats only when the project has a
 * prettier config of its own: reformatting a whole file in a project that does not use prettier
 * would bury the real change in a PR diff. Without prettier, recast prints new code in the
 * file's detected style.
 */
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

export async function formatChanged(code: string, filename: string, mode: PrettierMode): Promise<FormatResult> {
  if (mode === false) return { code };
  const prettier = await loadPrettier();
  const configFile = await findConfigFile(prettier, filename);
  if (mode === 'auto' && !configFile) return { code };
  const style = detectStyle(code);
  try {
    const config = configFile ? await prettier.resolveConfig(filename, { config: configFile }) : null;
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
