/** A conservative "can control fall off the end of these statements?" (true when unsure). */
import { isFunction, someNode, type Node } from '../lib/ast';

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
    case 'SwitchStatement':
      return switchCompletes(statement);
    case 'TryStatement':
      if (statement.finalizer && !canCompleteNormally(statement.finalizer.body)) return false;
      return canCompleteNormally(statement.block.body) || (!!statement.handler && canCompleteNormally(statement.handler.body.body));
    default:
      return true;
  }
}

/** Without a `default`, or with a `break` out of it, or when its last case falls off the end. */
function switchCompletes(statement: Node): boolean {
  const cases: Node[] = statement.cases;
  if (!cases.some((c) => c.test === null)) return true;
  const breaks = someNode(cases, (n) => n.type === 'BreakStatement', (n) => !isFunction(n));
  return breaks || canCompleteNormally(cases[cases.length - 1].consequent);
}
