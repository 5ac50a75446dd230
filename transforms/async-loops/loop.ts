/**
 * Rewrites a tail-recursive async function into a loop: `return self(a, b)` becomes the new
 * parameter values and `continue`; a leading `if (done) return r;` becomes the loop condition.
 */
import type { JSCodeshift } from 'jscodeshift';
import { isAssignedIn, isIdentifier, someNode, type Node } from '../lib/ast';
import { replaceStatement } from '../lib/statements';
import { canCompleteNormally } from '../promise-chains/completion';
import type { TailCall, TailRecursion } from './tail-recursion';

export function rewriteAsLoop(j: JSCodeshift, recursion: TailRecursion): void {
  const { fn } = recursion;
  for (const declaration of recursion.vars) {
    const reassigned = declaration.declarations.some((d: Node) => isAssignedIn(fn.body, d.id.name));
    declaration.kind = reassigned ? 'let' : 'const';
  }
  for (const call of recursion.calls) replaceTailCall(j, call, nextIteration(j, fn.params, call.call));
  const body: Node[] = fn.body.body;
  const last = body[body.length - 1];
  if (last?.type === 'ContinueStatement' && !last.label) body.pop();
  else if (canCompleteNormally(body)) body.push(j.returnStatement(null));
  const exit = leadingExit(body);
  if (exit) {
    body.shift();
    fn.body.body = [j.whileStatement(negate(j, exit.test), j.blockStatement(body)), ...(exit.value ? [j.returnStatement(exit.value)] : [])];
  } else {
    fn.body.body = [j.whileStatement(j.booleanLiteral(true), j.blockStatement(body))];
  }
}

/** `p = a; q = b; continue;`, or `[p, q] = [a, b]` when a later value reads an earlier parameter. */
function nextIteration(j: JSCodeshift, params: Node[], call: Node): Node[] {
  const pairs: Array<[string, Node]> = [];
  params.forEach((param: Node, i: number) => {
    const value = call.arguments[i] ?? j.identifier('undefined');
    if (!isIdentifier(value, param.name)) pairs.push([param.name, value]);
  });
  const statements: Node[] = [];
  const readsEarlier = pairs.some(([, value], i) => pairs.slice(0, i).some(([name]) => someNode(value, (n) => isIdentifier(n, name))));
  if (readsEarlier) {
    const left = j.arrayPattern(pairs.map(([name]) => j.identifier(name)));
    statements.push(j.expressionStatement(j.assignmentExpression('=', left, j.arrayExpression(pairs.map(([, value]) => value)))));
  } else {
    for (const [name, value] of pairs) statements.push(j.expressionStatement(assignment(j, name, value)));
  }
  statements.push(j.continueStatement());
  return statements;
}

/** `i = i + 1` -> `i += 1` (the same evaluation: the target is a plain variable). */
function assignment(j: JSCodeshift, name: string, value: Node): Node {
  if (value.type === 'BinaryExpression' && ['+', '-'].includes(value.operator) && isIdentifier(value.left, name)) {
    return j.assignmentExpression(`${value.operator}=` as '+=', j.identifier(name), value.right);
  }
  return j.assignmentExpression('=', j.identifier(name), value);
}

function replaceTailCall(j: JSCodeshift, tailCall: TailCall, statements: Node[]): void {
  const { container, statement } = tailCall;
  if (statement.comments?.length) statements[0].comments = statement.comments;
  replaceStatement(j, container, statement, statements);
}

/** `if (test) return value;` as the first statement, with no else. */
function leadingExit(body: Node[]): { test: Node; value: Node | null } | null {
  const first = body[0];
  if (first?.type !== 'IfStatement' || first.alternate) return null;
  const branch = first.consequent.type === 'BlockStatement' && first.consequent.body.length === 1 ? first.consequent.body[0] : first.consequent;
  if (branch.type !== 'ReturnStatement') return null;
  if (first.comments?.length) return null;
  return { test: first.test, value: branch.argument };
}

/** The loop condition: exact negations only (`!(i >= n)` stays as it is: NaN compares false both ways). */
function negate(j: JSCodeshift, test: Node): Node {
  if (test.type === 'UnaryExpression' && test.operator === '!') return test.argument;
  const flipped: Record<string, string> = { '===': '!==', '!==': '===', '==': '!=', '!=': '==' };
  if (test.type === 'BinaryExpression' && flipped[test.operator]) return j.binaryExpression(flipped[test.operator] as '!==', test.left, test.right);
  return j.unaryExpression('!', test);
}
