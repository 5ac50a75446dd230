/**
 * Functions imported from other files of the run: which one a call targets (so a converted one is
 * awaited directly), and every use of them in this file (so the project phase knows whether the
 * exporting file may convert them).
 */
import { isIdentifier, isPropertyName, walk, type Node } from '../lib/ast';
import { requireSpecifier, type ModuleBindings } from '../lib/module-bindings';

export interface ImportedFunction {
  /** Absolute path of the exporting file. */
  file: string;
  /** Export name; `*` stands for "the whole module escapes" (every export is used as a value). */
  name: string;
}

export interface ImportUseSite extends ImportedFunction {
  node: Node;
  /** Set for calls of the function; value uses have none. */
  call?: Node;
  /** The call's synchronous result is used. */
  valueUsed?: boolean;
}

function isRelative(module: string): boolean {
  return module.startsWith('./') || module.startsWith('../') || module === '.' || module === '..';
}

/** The run's file a module binding resolves to, for local (relative) modules. */
function resolvedFile(local: string, bindings: ModuleBindings, resolutions: Record<string, string> | undefined): string | null {
  const binding = bindings.byLocalName.get(local);
  if (!binding || !isRelative(binding.module) || !resolutions) return null;
  return resolutions[binding.module] ?? null;
}

export function importedCallee(call: Node, bindings: ModuleBindings, resolutions: Record<string, string> | undefined): ImportedFunction | null {
  const callee = call.callee;
  if (isIdentifier(callee) && !bindings.shadowed.has(callee.name)) {
    const file = resolvedFile(callee.name, bindings, resolutions);
    const imported = bindings.byLocalName.get(callee.name)?.imported;
    if (file && imported && imported !== '*') return { file, name: imported };
  }
  if (callee.type === 'MemberExpression' && !callee.computed && isIdentifier(callee.object) && isIdentifier(callee.property)) {
    if (bindings.shadowed.has(callee.object.name)) return null;
    const binding = bindings.byLocalName.get(callee.object.name);
    const file = resolvedFile(callee.object.name, bindings, resolutions);
    if (file && binding && (binding.imported === '*' || binding.imported === 'default')) return { file, name: callee.property.name };
  }
  return null;
}

/**
 * The declarations the bindings come from, skipped while looking for uses: import declarations,
 * and the declarators of `const x = require('./x')` (not their siblings).
 */
function bindingDeclarations(bindings: ModuleBindings): Set<Node> {
  const nodes = new Set<Node>();
  for (const binding of bindings.byLocalName.values()) {
    if (binding.statement.type === 'ImportDeclaration') {
      nodes.add(binding.statement);
      continue;
    }
    for (const declarator of binding.statement.declarations ?? []) if (requireSpecifier(declarator.init) !== null) nodes.add(declarator);
  }
  return nodes;
}

/**
 * A local module reached in a way the index does not follow: `require('./x').load`, a require
 * inside a function, `module.exports = require('./x')`, `import('./x')`, `export … from './x'`.
 * Every export of that module then counts as used by a caller that may pass a callback.
 */
function opaqueModuleUse(node: Node, resolutions: Record<string, string>): string | null {
  let specifier: string | null = null;
  if (node.type === 'CallExpression') specifier = requireSpecifier(node) ?? (node.callee.type === 'Import' ? literalString(node.arguments[0]) : null);
  else if (node.type === 'ImportExpression') specifier = literalString(node.source);
  else if ((node.type === 'ExportAllDeclaration' || node.type === 'ExportNamedDeclaration') && node.source) specifier = literalString(node.source);
  return specifier !== null && isRelative(specifier) ? (resolutions[specifier] ?? null) : null;
}

function literalString(node: Node): string | null {
  return node && (node.type === 'StringLiteral' || (node.type === 'Literal' && typeof node.value === 'string')) ? node.value : null;
}

/** Every use of an imported local function; shadowed names count as value uses (safe side). */
export function findImportUses(program: Node, bindings: ModuleBindings, resolutions: Record<string, string> | undefined): ImportUseSite[] {
  const uses: ImportUseSite[] = [];
  if (!resolutions) return uses;
  const declaring = bindingDeclarations(bindings);
  // Calls are visited before their callee, so `db.load(…)` knows its call when `db` is reached.
  const callOfCallee = new Map<Node, Node>();
  const usedCalls = new Set<Node>();
  walk(program, (node, parent) => {
    if (declaring.has(node)) return false;
    const opaque = opaqueModuleUse(node, resolutions);
    if (opaque) uses.push({ file: opaque, name: '*', node });
    if (node.type === 'CallExpression') {
      callOfCallee.set(node.callee, node);
      if (parent?.type !== 'ExpressionStatement' && parent?.type !== 'ReturnStatement') usedCalls.add(node);
    }
    if (!isIdentifier(node) || !parent) return true;
    if (isPropertyName(node, parent)) return true;
    const file = resolvedFile(node.name, bindings, resolutions);
    if (!file) return true;
    const binding = bindings.byLocalName.get(node.name)!;
    const shadowed = bindings.shadowed.has(node.name);
    if (binding.imported !== '*' && binding.imported !== 'default') {
      const call = parent.type === 'CallExpression' && parent.callee === node && !shadowed ? parent : undefined;
      uses.push({ file, name: binding.imported, node, call, valueUsed: !!call && usedCalls.has(call) });
      return true;
    }
    const member = parent.type === 'MemberExpression' && parent.object === node && !parent.computed && isIdentifier(parent.property) ? parent : null;
    if (!member || shadowed) {
      uses.push({ file, name: '*', node });
      return true;
    }
    const call = callOfCallee.get(member);
    uses.push({ file, name: member.property.name, node, call, valueUsed: !!call && usedCalls.has(call) });
    return true;
  });
  return uses;
}
