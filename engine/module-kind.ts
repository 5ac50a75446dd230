/**
 * Whether a file is an ES module that may use top-level `await`. Conservative: `.mjs`/`.mts`, or
 * ES syntax in a `.js` file of a `"type": "module"` package. TypeScript and transpiled sources
 * often compile to CommonJS, where top-level `await` does not exist.
 */
import path from 'node:path';
import type { Collection, JSCodeshift } from 'jscodeshift';
import type { ModuleKind } from '../transforms/lib/plugin';

export type PackageType = 'module' | 'commonjs';

export function detectModuleKind(
  j: JSCodeshift,
  root: Collection<any>,
  filename: string,
  packageType: PackageType = 'commonjs',
): ModuleKind {
  const ext = path.extname(filename).toLowerCase();
  if (ext === '.mjs' || ext === '.mts') return 'module';
  if (ext !== '.js' || packageType !== 'module') return 'commonjs';
  const esSyntax =
    root.find(j.ImportDeclaration).size() > 0 ||
    root.find(j.ExportNamedDeclaration).size() > 0 ||
    root.find(j.ExportDefaultDeclaration).size() > 0;
  return esSyntax ? 'module' : 'commonjs';
}
