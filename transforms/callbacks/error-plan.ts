/**
 * How a callback treats its error, read from the shape of its body. Decides where the body goes
 * around the `await`: straight after it (the error propagates), after a try/catch whose catch is
 * the error branch (the success path stays outside `try`), or after an empty catch (the original
 * ignored the error, so the rewrite swallows it too).
 */
import { isFunction, isIdentifier, isPropertyName, memberRootName, walk, type Node } from '../lib/ast';
import { TAPE_ERROR_ASSERTIONS } from './tape';

export type ErrorPlan =
  /**
   * `thrown`: the original threw the error inside the callback (an uncaught exception);
   * `tapeAssertion`: the tape check (`t.error(err)`) that recorded the error as a failing
   * assertion, after which the callback went on.
   */
  | { kind: 'propagate'; success: Node[]; thrown: boolean; tapeAssertion?: string }
  | { kind: 'handle'; handler: Node[]; success: Node[]; handlerMustExit: boolean }
  | { kind: 'swallow'; success: Node[] }
  | { kind: 'unsupported'; reason: string; message: string };

/**
 * `isPropagation(statements, endsCallback)`: the statements only pass the error on
 * (`return cb(err)`, `throw err`, or `cb(err)` when nothing follows it in the callback).
 * `tapeObject`: the test object of the tape test being converted (`t`), whose `t.error(err)`
 * fails the test when `err` is set; a rejection of the test's promise does the same.
 */
export function planErrorHandling(
  body: Node[],
  errName: string | null,
  isPropagation: (statements: Node[], endsCallback: boolean) => boolean,
  tapeObject: string | null = null,
): ErrorPlan {
  if (!errName || !referencesName(body, errName)) return { kind: 'swallow', success: body };
  const check = errorCheck(body[0], errName, tapeObject);
  if (check) {
    const success = body.slice(1);
    if (referencesName(success, errName)) {
      return { kind: 'unsupported', reason: 'error-used-on-success-path', message: `"${errName}" is used after ${check.text}` };
    }
    return { kind: 'propagate', success, thrown: check.kind === 'assert', tapeAssertion: check.kind === 'tape' ? check.text : undefined };
  }
  const [first, ...rest] = [conditionalAsIf(body[0]), ...body.slice(1)];
  const test = first?.type === 'IfStatement' ? errorTest(first.test, errName) : null;
  if (!test) {
    return {
      kind: 'unsupported',
      reason: 'error-handling-shape',
      message: `the callback uses "${errName}" in a way other than a leading if (${errName}) check`,
    };
  }
  const errorBranch = blockStatements(test === 'error' ? first.consequent : first.alternate);
  const successBranch = blockStatements(test === 'error' ? first.alternate : first.consequent);
  const success = [...successBranch, ...rest];
  if (referencesName(success, errName)) {
    return {
      kind: 'unsupported',
      reason: 'error-used-on-success-path',
      message: `"${errName}" is used outside the error branch`,
    };
  }
  // With nothing after the if, the end of the error branch is the end of the callback.
  const endsCallback = rest.length === 0 || alwaysExits(errorBranch);
  if (isPropagation(errorBranch, endsCallback)) return { kind: 'propagate', success, thrown: errorBranch[0]?.type === 'ThrowStatement' };
  const exits = alwaysExits(errorBranch);
  if (!exits && successBranch.length > 0 && rest.length > 0) {
    // On error the original skips the else branch but runs the code after the if: a catch cannot
    // say "skip this, run that" without a flag.
    return {
      kind: 'unsupported',
      reason: 'error-handling-shape',
      message: 'the error branch falls through to code shared with the success branch',
    };
  }
  // With an else branch, a handler that falls through must not run it: the catch must leave.
  return { kind: 'handle', handler: errorBranch, success, handlerMustExit: !exits && successBranch.length > 0 };
}

/**
 * A leading check of the error in one call: `assert.ifError(err)` throws `err` when it is set
 * (`if (err) throw err`); tape's `t.error(err)` records a failing assertion and does not throw.
 * Only an `assert` receiver (`assert.ifError`, `assert.strict.ifError`, `chai.assert.ifError`)
 * is known to throw.
 */
function errorCheck(statement: Node, errName: string, tapeObject: string | null): { kind: 'assert' | 'tape'; text: string } | null {
  const call = statement?.type === 'ExpressionStatement' ? statement.expression : null;
  if (call?.type !== 'CallExpression' || call.arguments.length !== 1 || !isIdentifier(call.arguments[0], errName)) return null;
  const { callee } = call;
  if (callee.type !== 'MemberExpression' || callee.computed || !isIdentifier(callee.property)) return null;
  const receiver = callee.object;
  const method = callee.property.name;
  // A tape test object may be named `assert` too: it is the test object first.
  if (tapeObject && isIdentifier(receiver, tapeObject)) return TAPE_ERROR_ASSERTIONS.has(method) ? { kind: 'tape', text: `${tapeObject}.${method}(${errName})` } : null;
  if (method === 'ifError' && (memberRootName(receiver) === 'assert' || (receiver.type === 'MemberExpression' && !receiver.computed && isIdentifier(receiver.property, 'assert')))) {
    return { kind: 'assert', text: `assert.ifError(${errName})` };
  }
  return null;
}

/** `err ? a() : b();` reads as `if (err) { a(); } else { b(); }`. */
function conditionalAsIf(statement: Node): Node {
  if (statement?.type !== 'ExpressionStatement' || statement.expression.type !== 'ConditionalExpression') return statement;
  const { test, consequent, alternate } = statement.expression;
  const asStatement = (expression: Node) => ({ type: 'ExpressionStatement', expression });
  return { type: 'IfStatement', test, consequent: asStatement(consequent), alternate: asStatement(alternate) };
}

/** `err`, `err != null` -> 'error'; `!err`, `err == null` -> 'success' (the test is true on success). */
function errorTest(test: Node, errName: string): 'error' | 'success' | null {
  if (isIdentifier(test, errName)) return 'error';
  if (test.type === 'UnaryExpression' && test.operator === '!' && isIdentifier(test.argument, errName)) return 'success';
  if (test.type === 'BinaryExpression' && isIdentifier(test.left, errName) && isNullLiteral(test.right)) {
    if (test.operator === '!=') return 'error';
    if (test.operator === '==') return 'success';
  }
  return null;
}

function isNullLiteral(node: Node): boolean {
  return node.type === 'NullLiteral' || (node.type === 'Literal' && node.value === null);
}

export function blockStatements(node: Node | null | undefined): Node[] {
  if (!node) return [];
  return node.type === 'BlockStatement' ? node.body : [node];
}

/** Every path through `statements` ends in return or throw. */
export function alwaysExits(statements: Node[]): boolean {
  const last = statements[statements.length - 1];
  if (!last) return false;
  switch (last.type) {
    case 'ReturnStatement':
    case 'ThrowStatement':
      return true;
    case 'BlockStatement':
      return alwaysExits(last.body);
    case 'IfStatement':
      return !!last.alternate && alwaysExits(blockStatements(last.consequent)) && alwaysExits(blockStatements(last.alternate));
    case 'TryStatement':
      return !last.finalizer && alwaysExits(last.block.body) && (!last.handler || alwaysExits(last.handler.body.body));
    default:
      return false;
  }
}

/**
 * True when `name` is used anywhere in `nodes` as the same variable: closures see it, but nested
 * functions and catch clauses that declare their own `name` are not looked into.
 */
export function referencesName(nodes: Node[], name: string): boolean {
  let found = false;
  for (const node of nodes) {
    walk(node, (child, parent) => {
      if (found) return false;
      if (redeclares(child, name)) return false;
      if (isIdentifier(child, name) && !isPropertyName(child, parent)) found = true;
      return !found;
    });
  }
  return found;
}

function redeclares(node: Node, name: string): boolean {
  if (isFunction(node)) return node.params.some((param: Node) => isIdentifier(param, name)) || isIdentifier(node.id, name);
  if (node.type === 'CatchClause') return isIdentifier(node.param, name);
  return false;
}


