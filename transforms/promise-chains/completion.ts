/** A conservative "can control fall off the end of these statements?" (true when unsure). */
import type { Node } from '../lib/ast';

export function canCompleteNormally(statements: Node[]): boolean {
  const last = statements[statements.length - 1];
  return !last || statementCompletes(last);
}

function statementCompletes(statement: Node): boolean {
  switch (statement.type) {
    case 'ReturnStatement':
    case 'ThrowStatement':
      return false;
    case 'BlockStatement':
      return canCompleteNormally(statement.body);
    case 'IfStatement':
      return !statement.alternate || statementCompletes(statement.consequent) || statementCompletes(statement.alternate);
    case 'TryStatement':
      if (statement.finalizer && !canCompleteNormally(statement.finalizer.body)) return false;
      return canCompleteNormally(statement.block.body) || (!!statement.handler && canCompleteNormally(statement.handler.body.body));
    default:
      return true;
  }
}
