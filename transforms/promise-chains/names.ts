/** Names in a file: which identifiers surely name functions, and renaming what inlining would clash. */
import type { JSCodeshift } from 'jscodeshift';
import { freshName, isFunction, isIdentifier, isPropertyName, patternNames, walk, type Node } from '../lib/ast';
import { renameBinding } from '../lib/rename';
import { blockLevelNames, namesDeclaredBy, varNames } from '../lib/statements';
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

/**
 * How often `name` occurs as a variable under `root`, leaving out `handler` itself and nested
 * scopes that declare their own `name` (their uses cannot be captured). The other handlers being
 * inlined are looked into: their parameters and declarations land next to this one.
 */
function occurrencesOutside(root: Node, name: string, handler: Node, inlined: Set<Node>): number {
  let count = 0;
  // The root's own body is where the names land, not a nested scope.
  const own = new Set([root, isFunction(root) || root.type === 'CatchClause' ? root.body : root]);
  walk(root, (node, parent) => {
    if (node === handler) return false;
    if (!own.has(node) && !inlined.has(node) && declaresOwn(node, name)) return false;
    if (node.type === 'Identifier' && node.name === name && !isPropertyName(node, parent)) count += 1;
    return true;
  });
  return count;
}

/** `node` opens a scope with its own binding of `name`. */
function declaresOwn(node: Node, name: string): boolean {
  const lexicallyIn = (statements: Node[]) => blockLevelNames(statements).includes(name);
  if (isFunction(node)) {
    if (node.id?.name === name && node.type !== 'FunctionDeclaration') return true;
    if (node.params.some((p: Node) => patternNames(p).includes(name))) return true;
    return node.body.type === 'BlockStatement' && (lexicallyIn(node.body.body) || varNames(node.body).includes(name));
  }
  switch (node.type) {
    case 'BlockStatement':
    case 'StaticBlock':
      return lexicallyIn(node.body);
    case 'SwitchStatement':
      return node.cases.some((c: Node) => lexicallyIn(c.consequent));
    case 'ForStatement':
      return !!node.init && node.init.type === 'VariableDeclaration' && node.init.kind !== 'var' && namesDeclaredBy(node.init).includes(name);
    case 'ForInStatement':
    case 'ForOfStatement':
      return node.left.type === 'VariableDeclaration' && node.left.kind !== 'var' && namesDeclaredBy(node.left).includes(name);
    case 'CatchClause':
      return !!node.param && patternNames(node.param).includes(name);
    default:
      return false;
  }
}

export interface InlinedHandler {
  fn: Node;
  /** True when its body lands in a block shared with other code (then handlers), false for its own block (catch, finally). */
  sharesBlock: boolean;
}

/**
 * Renames what each inlined handler would declare next to code that uses the same name, so no
 * name is captured or redeclared. `block` is where the handlers' statements land (block-scoped
 * names can only clash there), `scope` the enclosing function (for `var`). The last handlers are
 * looked at first, so in `.then(res => …).then(res => …)` the first keeps `res` and the second
 * becomes `res2`.
 */
export function renameClashes(j: JSCodeshift, scope: Node, block: Node, handlers: InlinedHandler[], taken: Set<string>): void {
  const inlined = new Set(handlers.map((h) => h.fn));
  const renamed: Array<{ fn: Node; placeholder: string; name: string }> = [];
  for (const { fn, sharesBlock } of [...handlers].reverse()) {
    const { lexical, hoisted } = introducedNames(fn, sharesBlock);
    const mine: typeof renamed = [];
    for (const name of new Set([...lexical, ...hoisted])) {
      if (occurrencesOutside(hoisted.includes(name) ? scope : block, name, fn, inlined) === 0) continue;
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
