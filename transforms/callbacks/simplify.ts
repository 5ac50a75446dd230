/**
 * Clean-ups after rewriting completion calls: `try { … } catch (e) { throw e; }` does nothing once
 * `cb(e)` became `throw e`, so the try goes and its block takes its place.
 */
import { isFunction, isIdentifier, patternNames, walk, type Node } from '../lib/ast';
import type { Transaction } from '../lib/transaction';

export function removeRethrowingCatches(tx: Transaction, fn: Node): void {
  walk(fn.body, (node) => {
    if (node !== fn.body && isFunction(node)) return false;
    const body: Node[] | null = node.type === 'BlockStatement' ? node.body : null;
    if (!body) return true;
    for (let i = 0; i < body.length; i += 1) {
      const statement = body[i];
      if (!isRethrowingTry(statement) || declaresLexically(statement.block.body)) continue;
      tx.splice(body, i, 1, ...statement.block.body);
      i += statement.block.body.length - 1;
    }
    return true;
  });
}

function isRethrowingTry(statement: Node): boolean {
  if (statement.type !== 'TryStatement' || statement.finalizer || !statement.handler) return false;
  const { param, body } = statement.handler;
  return (
    isIdentifier(param) &&
    body.body.length === 1 &&
    body.body[0].type === 'ThrowStatement' &&
    isIdentifier(body.body[0].argument, param.name)
  );
}

/** Top-level let/const/class/function declarations would change scope when unwrapped. */
function declaresLexically(statements: Node[]): boolean {
  return statements.some(
    (s) =>
      (s.type === 'VariableDeclaration' && s.kind !== 'var' && patternNames(s.declarations[0]?.id).length > 0) ||
      s.type === 'ClassDeclaration' ||
      s.type === 'FunctionDeclaration',
  );
}
