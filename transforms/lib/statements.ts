/** Statements in the node that holds them: where they sit and how to put others in their place. */
import type { JSCodeshift } from 'jscodeshift';
import { isFunction, patternNames, walk, type Node } from './ast';
import type { Transaction } from './transaction';

/** The list `container` holds its statements in (a block's or a program's body, a case's consequent); null for a single statement slot (an if branch, a loop body, a label). */
export function statementList(container: Node | null | undefined): Node[] | null {
  if (container?.type === 'SwitchCase') return container.consequent;
  return Array.isArray(container?.body) ? container.body : null;
}

/**
 * Puts `statements` where `statement` was in `container`: spliced into its statement list, or
 * as one block in a single statement slot. Through `tx` when given, so it can be rolled back.
 */
export function replaceStatement(j: JSCodeshift, container: Node, statement: Node, statements: Node[], tx?: Transaction): void {
  const list = statementList(container);
  if (list) {
    const at = list.indexOf(statement);
    if (tx) tx.splice(list, at, 1, ...statements);
    else list.splice(at, 1, ...statements);
    return;
  }
  const key = Object.keys(container).find((k) => container[k] === statement)!;
  if (tx) tx.set(container, key, j.blockStatement(statements));
  else container[key] = j.blockStatement(statements);
}

/** The names a declaration statement binds: a `var`/`let`/`const`'s patterns, a function's or class's name; none for another statement. */
export function namesDeclaredBy(statement: Node): string[] {
  if (statement.type === 'VariableDeclaration') return statement.declarations.flatMap((d: Node) => patternNames(d.id));
  if ((statement.type === 'FunctionDeclaration' || statement.type === 'ClassDeclaration') && statement.id) return [statement.id.name];
  return [];
}

/** The names `statements` bind in the block they stand in: `let`, `const`, `class`, `function` (a `var` hoists out). */
export function blockLevelNames(statements: Node[]): string[] {
  return statements.flatMap((s) => (s.type === 'VariableDeclaration' && s.kind === 'var' ? [] : namesDeclaredBy(s)));
}

/** Every `var` name under `root`, nested functions left out: the names hoisted to the function around it. */
export function varNames(root: Node, into: string[] = []): string[] {
  walk(root, (node) => {
    if (isFunction(node)) return false;
    if (node.type === 'VariableDeclaration' && node.kind === 'var') for (const d of node.declarations) patternNames(d.id, into);
    return true;
  });
  return into;
}
