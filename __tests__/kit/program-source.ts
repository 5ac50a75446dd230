/**
 * Turns a fixture file into what the sandbox runs: CommonJS code, plus whether its body may use
 * top-level `await`.
 *
 * ES modules and TypeScript/JSX are transpiled to CommonJS with `ts.transpileModule` (no
 * `esModuleInterop`: the fakes expose `.default`). Whether top-level `await` is allowed follows the
 * engine's own rule (`detectModuleKind`: `.mjs`/`.mts`, or ES syntax in a `.js` file of a
 * `"type": "module"` package); such a module's body runs inside an async function and the runner
 * waits for it before calling entries. Everywhere else a top-level `await` is a load-time
 * SyntaxError, as it would be under Node. Plain CommonJS `.js`/`.cjs` runs untouched.
 */
import path from 'node:path';
import { ts } from 'ts-morph';
import { detectModuleKind, type PackageType } from '../../engine/module-kind';
import { jscodeshiftFor, ParseError, parserForFile, parseSource } from '../../engine/parse';

export interface RunnableProgram {
  code: string;
  filename: string;
  topLevelAwait: boolean;
}

const TYPESCRIPT = new Set(['.ts', '.tsx', '.mts', '.cts']);
const JSX = new Set(['.tsx', '.jsx']);

export function toRunnableProgram(code: string, filename: string, packageType?: PackageType): RunnableProgram {
  const ext = path.extname(filename).toLowerCase();
  const topLevelAwait = allowsTopLevelAwait(code, filename, packageType);
  const needsTranspile = TYPESCRIPT.has(ext) || JSX.has(ext) || hasModuleSyntax(code, filename);
  return { code: needsTranspile ? transpileToCommonJs(code, ext) : code, filename, topLevelAwait };
}

/** A program that does not parse cannot load either way; the sandbox reports its SyntaxError. */
function allowsTopLevelAwait(code: string, filename: string, packageType?: PackageType): boolean {
  const j = jscodeshiftFor(parserForFile(filename));
  try {
    return detectModuleKind(j, parseSource(j, code), filename, packageType) === 'module';
  } catch (error) {
    if (error instanceof ParseError) return false;
    throw error;
  }
}

function hasModuleSyntax(code: string, filename: string): boolean {
  return ts.isExternalModule(ts.createSourceFile(filename, code, ts.ScriptTarget.Latest, false));
}

function transpileToCommonJs(code: string, ext: string): string {
  // `.mjs`/`.mts` names would make TypeScript keep ES module output; name the file by its syntax.
  const fileName = `program.${TYPESCRIPT.has(ext) ? 'ts' : 'js'}${JSX.has(ext) ? 'x' : ''}`;
  return ts.transpileModule(code, {
    fileName,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      jsx: ts.JsxEmit.React,
      esModuleInterop: false,
      allowJs: true,
    },
  }).outputText;
}
