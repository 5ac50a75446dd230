/**
 * Removes top-level bindings of side-effect-free Node core modules that a rewrite left unused
 * (`const fs = require('fs')` once every call moved to `fs/promises`), so the diff does not leave
 * dead imports behind (and `noUnusedLocals` stays happy).
 */
import { isIdentifier, isPropertyName, walk, type Node } from './ast';
import type { ModuleBindings } from './module-bindings';
import type { Transaction } from './transaction';

const SIDE_EFFECT_FREE = new Set(['fs', 'fs/promises', 'child_process', 'stream', 'zlib', 'crypto', 'dns', 'util', 'path']);

/**
 * `names`: the local names that were in use before the rewrite; only those that lost every use go.
 * `alsoModules`: packages a transform knows to be free of load-time effects too (`async`).
 */
export function removeUnusedCoreBindings(tx: Transaction, program: Node, bindings: ModuleBindings, wereUsed: Set<string>, alsoModules: readonly string[] = []): void {
  const used = usedNames(program);
  for (const [local, binding] of bindings.byLocalName) {
    if (!(SIDE_EFFECT_FREE.has(binding.module) || alsoModules.includes(binding.module)) || used.has(local) || !wereUsed.has(local)) continue;
    removeBinding(tx, program, binding.statement, local);
  }
}

/** Names read anywhere outside their own import/require declarations. */
export function usedNames(program: Node): Set<string> {
  const names = new Set<string>();
  walk(program, (node, parent) => {
    if (node.type === 'ImportDeclaration') return false;
    if (node.type === 'VariableDeclarator' && isRequireCall(node.init)) return false;
    if (!isIdentifier(node)) return true;
    if (!isPropertyName(node, parent)) names.add(node.name);
    return true;
  });
  return names;
}

function isRequireCall(node: Node): boolean {
  return node?.type === 'CallExpression' && isIdentifier(node.callee, 'require');
}

function removeBinding(tx: Transaction, program: Node, statement: Node, local: string): void {
  if (statement.type === 'ImportDeclaration') {
    const index = statement.specifiers.findIndex((s: Node) => s.local?.name === local);
    if (index < 0) return;
    if (statement.specifiers.length === 1) removeStatement(tx, program, statement);
    else tx.splice(statement.specifiers, index, 1);
    return;
  }
  for (const declarator of statement.declarations) {
    if (!isRequireCall(declarator.init)) continue;
    if (isIdentifier(declarator.id, local)) {
      if (statement.declarations.length === 1) removeStatement(tx, program, statement);
      else tx.splice(statement.declarations, statement.declarations.indexOf(declarator), 1);
      return;
    }
    if (declarator.id.type === 'ObjectPattern') {
      const properties = declarator.id.properties;
      const index = properties.findIndex((p: Node) => isIdentifier(p.value, local));
      if (index < 0) continue;
      if (properties.length === 1) {
        if (statement.declarations.length === 1) removeStatement(tx, program, statement);
        else tx.splice(statement.declarations, statement.declarations.indexOf(declarator), 1);
      } else {
        tx.splice(properties, index, 1);
      }
      return;
    }
  }
}

function removeStatement(tx: Transaction, program: Node, statement: Node): void {
  const index = program.body.indexOf(statement);
  if (index < 0) return;
  // A comment above the removed line describes what follows it: it stays.
  const leading = (statement.comments ?? []).filter((c: Node) => c.leading);
  const next = program.body[index + 1];
  if (leading.length && next) tx.set(next, 'comments', [...leading, ...(next.comments ?? [])]);
  tx.splice(program.body, index, 1);
}
