/** Statements in the node that holds them: where they sit and how to put others in their place. */
import type { JSCodeshift } from 'jscodeshift';
import type { Node } from './ast';
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
