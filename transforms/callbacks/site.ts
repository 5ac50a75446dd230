/** Recognises a statement that calls an API with an inline error-first callback as last argument. */
import { isFunction, isIdentifier, type Node } from '../lib/ast';

export interface CallbackSite {
  /** The ExpressionStatement or ReturnStatement that holds the call. */
  statement: Node;
  call: Node;
  callback: Node;
  errName: string | null;
  resultParams: Node[];
}

/** Names an error-first callback gives its first parameter. */
const ERROR_PARAM = /^(er|err|error|_err|_error|err\d+|error\d+|\w*Err|\w*Error)$/;
/** Short names that are as often an event (`(e) => e.preventDefault()`): need an error test too. */
const WEAK_ERROR_PARAM = /^(e|ex|exc|_e)$/;

export function looksLikeErrorParam(name: string): boolean {
  return ERROR_PARAM.test(name);
}

/** Any name an error may have, short ones included (`cb(e)` in a catch clause). */
export function looksLikeErrorName(name: string): boolean {
  return ERROR_PARAM.test(name) || WEAK_ERROR_PARAM.test(name);
}

/** `if (e)` / `if (!e)` / `e ? … : …` as the callback's first statement. */
function testsFirstParamFirst(callback: Node, name: string): boolean {
  const first = callback.body.type === 'BlockStatement' ? callback.body.body[0] : { type: 'ExpressionStatement', expression: callback.body };
  const test = first?.type === 'IfStatement' ? first.test : first?.type === 'ExpressionStatement' && first.expression.type === 'ConditionalExpression' ? first.expression.test : null;
  if (!test) return false;
  const subject = test.type === 'UnaryExpression' && test.operator === '!' ? test.argument : test.type === 'BinaryExpression' ? test.left : test;
  return isIdentifier(subject, name);
}

/**
 * Array iteration methods take their function first (`items.find(fn)`); with arguments before the
 * function (`db.find(id, cb)`) the same name is an error-first API.
 */
const ITERATOR_METHODS = new Set([
  'forEach', 'map', 'filter', 'reduce', 'reduceRight', 'some', 'every', 'find', 'findIndex', 'findLast',
  'findLastIndex', 'flatMap', 'sort',
]);

/** Callees whose function argument is not an error-first completion callback. */
const NOT_ERROR_FIRST_METHODS = new Set([
  'then', 'catch', 'finally', 'on', 'once', 'addListener',
  'prependListener', 'prependOnceListener', 'removeListener', 'off', 'addEventListener', 'subscribe',
  'replace', 'replaceAll', 'nextTick', 'exists', 'watch', 'watchFile',
]);
const NOT_ERROR_FIRST_FUNCTIONS = new Set([
  'setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask', 'describe', 'it', 'test', 'before',
  'after', 'beforeEach', 'afterEach', 'beforeAll', 'afterAll', 'Promise', 'requestAnimationFrame',
]);

/**
 * Collections and function plumbing store or forward a function they are given (`waiting.push(cb)`,
 * `handlers.set(id, cb)`): passing a completion callback to them is not a pass-through. Only for
 * callbacks passed by name: `search.add(doc, (err, entry) => …)` is an ordinary error-first call.
 */
const STORING_METHODS = new Set(['push', 'unshift', 'add', 'set', 'emit', 'bind', 'call', 'apply']);

/** The call may not call back a function passed to it as last argument with an error first. */
export function isNotPassThroughTarget(call: Node): boolean {
  const name = calleeName(call);
  return isKnownNotErrorFirst(call) || (!!name && !isIdentifier(call.callee) && STORING_METHODS.has(name));
}

function calleeName(call: Node): string | null {
  const callee = call.callee;
  if (isIdentifier(callee)) return callee.name;
  if ((callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && !callee.computed) {
    return callee.property.name ?? null;
  }
  return null;
}

export function isKnownNotErrorFirst(call: Node): boolean {
  const name = calleeName(call);
  if (!name) return false;
  if (isIdentifier(call.callee)) return NOT_ERROR_FIRST_FUNCTIONS.has(name);
  if (ITERATOR_METHODS.has(name) && isFunction(call.arguments[0])) return true;
  return NOT_ERROR_FIRST_METHODS.has(name) || NOT_ERROR_FIRST_FUNCTIONS.has(name);
}

/** The call with a trailing inline function argument held by `statement`, if any. */
function callWithTrailingFunction(statement: Node): { call: Node; callback: Node } | null {
  const expression =
    statement.type === 'ExpressionStatement'
      ? statement.expression
      : statement.type === 'ReturnStatement'
        ? statement.argument
        : null;
  if (!expression || expression.type !== 'CallExpression') return null;
  const callback = expression.arguments[expression.arguments.length - 1];
  if (!callback || (callback.type !== 'FunctionExpression' && callback.type !== 'ArrowFunctionExpression')) return null;
  return { call: expression, callback };
}

/**
 * A site when the callee is known to be error-first, or, for unknown callees, when the callback's
 * first parameter is named like an error.
 */
export function matchCallbackSite(statement: Node, isKnownErrorFirst: (call: Node) => boolean): CallbackSite | null {
  const found = callWithTrailingFunction(statement);
  if (!found || !isFunction(found.callback)) return null;
  const { call, callback } = found;
  if (isKnownNotErrorFirst(call)) return null;
  const first = callback.params[0];
  const known = isKnownErrorFirst(call);
  const errorNamed =
    first && isIdentifier(first) && (looksLikeErrorParam(first.name) || (WEAK_ERROR_PARAM.test(first.name) && testsFirstParamFirst(callback, first.name)));
  if (!known && !errorNamed) return null;
  return {
    statement,
    call,
    callback,
    errName: first && isIdentifier(first) ? first.name : null,
    resultParams: callback.params.slice(1),
  };
}
