/** Names in a file: which identifiers surely name functions, and renaming what inlining would clash. */
import type { JSCodeshift } from 'jscodeshift';
import { freshName, isFunction, isIdentifier, isPropertyName, patternNames, walk, type Node } from '../lib/ast';
import { renameBinding } from '../lib/rename';
import { introducedNames } from './handler';

/** Names bound to a function once, at the top level, and never bound to anything else in the file. */
export function localFunctionNames(program: Node): Set<string> {
  const functions = new Set<string>();
  const others = new Set<string>();
  for (const statement of program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (declaration?.type === 'FunctionDeclaration' && declaration.id && !declaration.generator) functions.add(declaration.id.name);
    if (declaration?.type === 'VariableDeclaration' && declaration.kind === 'const') {
      for (const d of declaration.declarations) if (isIdentifier(d.id) && isFunction(d.init) && !d.init.generator) functions.add(d.id.name);
    }
  }
  walk(program, (node, parent) => {
    if (isFunction(node)) {
      node.params.forEach((p: Node) => patternNames(p, [] as string[]).forEach((n) => others.add(n)));
      if (node.id && parent !== program && node.type !== 'FunctionDeclaration') others.add(node.id.name);
    }
    if (node.type === 'VariableDeclarator' && !isFunction(node.init)) patternNames(node.id).forEach((n) => others.add(n));
    if (node.type === 'AssignmentExpression' && isIdentifier(node.left)) others.add(node.left.name);
    if (node.type === 'CatchClause' && node.param) patternNames(node.param).forEach((n) => others.add(n));
  });
  return new Set([...functions].filter((name) => !others.has(name)));
}

/** How often each variable name occurs below `node` (property keys and member names are not variables). */
function variableNameCounts(node: Node): Map<string, number> {
  const counts = new Map<string, number>();
  walk(node, (child, parent) => {
    if (child.type === 'Identifier' && !isPropertyName(child, parent)) counts.set(child.name, (counts.get(child.name) ?? 0) + 1);
  });
  return counts;
}

export interface InlinedHandler {
  fn: Node;
  /** True when its body lands in a block shared with other code (then handlers), false for its own block (catch, finally). */
  sharesBlock: boolean;
}

/**
 * Renames what each inlined handler would declare next to code that uses the same name, so no
 * name is captured or redeclared. The last handlers are looked at first, so in
 * `.then(res => …).then(res => …)` the first keeps `res` and the second becomes `res2`.
 */
export function renameClashes(j: JSCodeshift, scope: Node, handlers: InlinedHandler[], taken: Set<string>): void {
  const renamed: Array<{ fn: Node; placeholder: string; name: string }> = [];
  for (const { fn, sharesBlock } of [...handlers].reverse()) {
    const names = introducedNames(fn, sharesBlock);
    if (names.length === 0) continue;
    const inScope = variableNameCounts(scope);
    const inHandler = variableNameCounts(fn);
    const mine: typeof renamed = [];
    for (const name of names) {
      if ((inScope.get(name) ?? 0) <= (inHandler.get(name) ?? 0)) continue;
      const placeholder = freshName(`${name}\u0000`, taken);
      renameBinding(j, fn, name, placeholder, set);
      mine.push({ fn, placeholder, name });
    }
    renamed.unshift(...mine);
  }
  // Decided from the last handler back, numbered from the first on: `data2` comes before `data3`.
  for (const { fn, placeholder, name } of renamed) renameBinding(j, fn, placeholder, freshName(name, taken), set);
}

function set(target: Node, key: string, value: unknown): void {
  (target as Record<string, unknown>)[key] = value;
}
