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
const ERROR_PARAM = /^(e|er|err|error|ex|exc|_e|_err|_error|\w*Err|\w*Error)$/;

export function looksLikeErrorParam(name: string): boolean {
  return ERROR_PARAM.test(name);
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

export function calleeName(call: Node): string | null {
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
export function callWithTrailingFunction(statement: Node): { call: Node; callback: Node } | null {
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
  if (!known && !(first && isIdentifier(first) && looksLikeErrorParam(first.name))) return null;
  return {
    statement,
    call,
    callback,
    errName: first && isIdentifier(first) ? first.name : null,
    resultParams: callback.params.slice(1),
  };
}
