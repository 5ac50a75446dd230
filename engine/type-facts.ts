/**
 * Type-aware promise sources: in TypeScript, a library call such as `pool.query(sql, (err, r) => …)`
 * whose callee also has an overload that returns a Promise when the callback is left out can be
 * awaited directly (`await pool.query(sql)`), without `util.promisify`. Syntax cannot tell; the
 * types can.
 *
 * Runs in the parent (a ts-morph Project cannot cross threads) and hands the workers plain data:
 * for each file, the offsets of such calls. Only TypeScript files that import an installed package
 * (a bare, non-core specifier found in a node_modules above the file, or its @types), or that
 * import a package and reference declarations (`/// <reference …>`, where `declare module 'x'`
 * may be), are type-checked, and only their calls with a trailing function: a project whose
 * TypeScript imports only its own modules, Node's, or packages that are not installed (whose
 * types would be `any`) never loads the compiler.
 */
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import type { ts as TS } from 'ts-morph';
import { moduleSpecifiers, type IndexedFile } from './project-index';
import { stripBom } from './source-style';

const TYPESCRIPT_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts']);
const CORE_MODULES = new Set(builtinModules);

/** File -> start offsets (in the BOM-less source) of calls whose callee has a Promise overload without the callback. */
export type PromiseOverloadCalls = Record<string, number[]>;

export function findPromiseOverloadCalls(files: readonly IndexedFile[]): PromiseOverloadCalls {
  const installed = createInstalledPackageLookup();
  const typed = files.filter(({ file, source }) => TYPESCRIPT_EXTENSIONS.has(path.extname(file).toLowerCase()) && mayHavePackageTypes(file, source, installed));
  if (typed.length === 0) return {};
  // Loaded only when needed: the compiler costs a quarter of a second to load.
  const { Project, ts } = require('ts-morph') as typeof import('ts-morph');
  const project = new Project({
    skipAddingFilesFromTsConfig: true,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.CommonJS,
      moduleResolution: ts.ModuleResolutionKind.Node10,
      esModuleInterop: true,
      allowJs: false,
      skipLibCheck: true,
      noEmit: true,
      jsx: ts.JsxEmit.Preserve,
    },
  });
  for (const { file, source } of typed) project.createSourceFile(file, stripBom(source), { overwrite: true });
  const checker = project.getProgram().compilerObject.getTypeChecker();
  const found: PromiseOverloadCalls = {};
  for (const sourceFile of project.getSourceFiles()) {
    const file = sourceFile.getFilePath();
    const offsets: number[] = [];
    const visit = (node: TS.Node): void => {
      if (ts.isCallExpression(node) && hasPromiseOverloadWithoutCallback(ts, checker, node)) offsets.push(node.getStart());
      ts.forEachChild(node, visit);
    };
    visit(sourceFile.compilerNode);
    if (offsets.length > 0) found[path.normalize(file)] = offsets;
  }
  return found;
}

/** `/// <reference path="…" />` or `types="…"`: declarations (`declare module 'x'`) may come from there. */
const REFERENCE_DIRECTIVE = /^\s*\/\/\/\s*<reference\s/m;

/** The package names of bare specifiers that are not Node core modules. */
function importedPackages(source: string): string[] {
  return moduleSpecifiers(source).flatMap((specifier) => {
    if (specifier.startsWith('.') || specifier.startsWith('/')) return [];
    const bare = specifier.replace(/^node:/, '');
    return CORE_MODULES.has(bare) || CORE_MODULES.has(bare.split('/')[0]) ? [] : [packageName(bare)];
  });
}

/**
 * The file imports a package whose types the compiler can find: installed where the file can see
 * it, or declared in what the file references.
 */
function mayHavePackageTypes(file: string, source: string, installed: InstalledPackageLookup): boolean {
  const packages = importedPackages(source);
  if (packages.length === 0) return false;
  return REFERENCE_DIRECTIVE.test(source) || packages.some((name) => installed(path.dirname(path.resolve(file)), name));
}

/** `lodash/fp` -> `lodash`, `@scope/pkg/x` -> `@scope/pkg`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return parts.slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
}

type InstalledPackageLookup = (directory: string, name: string) => boolean;

/**
 * Whether `node_modules/<name>` or `node_modules/@types/<name>` exists in the directory or one
 * above it: where the compiler (Node10 resolution) would look. Cached per directory and name.
 */
function createInstalledPackageLookup(): InstalledPackageLookup {
  const cache = new Map<string, boolean>();
  const lookup = (directory: string, name: string): boolean => {
    const key = `${directory}\0${name}`;
    let found = cache.get(key);
    if (found === undefined) {
      const typesName = name.startsWith('@') ? name.slice(1).replace('/', '__') : name;
      const here = [path.join(directory, 'node_modules', name), path.join(directory, 'node_modules', '@types', typesName)].some((dir) => fs.existsSync(dir));
      const parent = path.dirname(directory);
      found = here || (parent !== directory && lookup(parent, name));
      cache.set(key, found);
    }
    return found;
  };
  return lookup;
}

/**
 * The call ends with a function literal, and one of the callee's signatures takes exactly the
 * other arguments (no callback parameter left over) and returns a Promise.
 */
function hasPromiseOverloadWithoutCallback(ts: typeof TS, checker: TS.TypeChecker, call: TS.CallExpression): boolean {
  const args = call.arguments;
  const last = args[args.length - 1];
  if (!last || !(ts.isArrowFunction(last) || ts.isFunctionExpression(last))) return false;
  const remaining = args.length - 1;
  const signatures = checker.getTypeAtLocation(call.expression).getCallSignatures();
  return signatures.some((signature) => {
    const params = signature.getParameters();
    const declarations = params.map((param) => param.valueDeclaration);
    if (declarations.some((d) => d && ts.isParameter(d) && d.dotDotDotToken)) return false;
    const required = declarations.filter((d) => d && ts.isParameter(d) && !d.questionToken && !d.initializer).length;
    if (remaining < required || remaining > params.length) return false;
    return isPromiseType(checker.getReturnTypeOfSignature(signature));
  });
}

function isPromiseType(type: TS.Type): boolean {
  const name = type.getSymbol()?.getName();
  return name === 'Promise';
}
