/**
 * `new Promise((resolve) => setTimeout(resolve, ms))`, the hand-written sleep of retry loops and
 * polling, is exactly `setTimeout(ms)` from `timers/promises`: the same timer, resolving with
 * nothing (or with `value` for `setTimeout(resolve, ms, value)`).
 */
import { isFunction, isIdentifier, isPrimitiveLiteral, someNode, type Node } from '../lib/ast';
import { evaluatesWithoutThrowing } from './delay';

export type DelayPromise = { ms: Node | null; value: Node | null; timerCall: Node } | { skip: string; message: string; timerCall: Node } | null;

/** The delay a `new Promise(…)` is, a skip when it is a timer wrapper that does more, or null. */
export function readDelayPromise(node: Node, declared: Set<string>): DelayPromise {
  if (node.type !== 'NewExpression' || !isIdentifier(node.callee, 'Promise') || node.arguments.length !== 1) return null;
  const executor = node.arguments[0];
  if (!isFunction(executor) || executor.async || executor.generator) return null;
  const timerCall = onlyCall(executor.body);
  if (!timerCall || !isIdentifier(timerCall.callee, 'setTimeout') || declared.has('setTimeout')) return null;
  const skip = (message: string) => ({ skip: 'delay-promise-does-more', message, timerCall });
  if (declared.has('Promise')) return skip('`Promise` is declared in this file, so it may not be the native one');
  const [resolve, reject] = executor.params;
  if (!isIdentifier(resolve) || (reject && !isIdentifier(reject)) || executor.params.length > 2) return skip('the executor destructures or defaults its parameters');
  const [callback, ms = null, ...extra] = timerCall.arguments;
  const names = [resolve.name, ...(reject ? [reject.name] : [])];
  if (timerCall.arguments.some((arg: Node) => arg !== callback && mentions(arg, names))) return skip('the delay or the timer arguments use resolve or reject');
  // Inside the executor a throwing delay (`opts.delay` of undefined) rejects; `sleep(…)` would throw.
  if (ms && !evaluatesWithoutThrowing(ms)) return skip('evaluating the delay may throw, which the Promise turned into a rejection');
  if (isIdentifier(callback, resolve.name)) {
    if (extra.length > 1) return skip('the timer passes resolve more than one value');
    if (extra[0] && !evaluatesWithoutThrowing(extra[0])) return skip('evaluating the value to resolve with may throw, which the Promise turned into a rejection');
    return { ms, value: extra[0] ?? null, timerCall };
  }
  if (isFunction(callback) && callback.params.length === 0 && extra.length === 0) {
    const inner = onlyCall(callback.body);
    if (inner && isIdentifier(inner.callee, resolve.name) && (inner.arguments.length === 0 || (inner.arguments.length === 1 && isPrimitiveLiteral(inner.arguments[0])))) {
      return { ms, value: inner.arguments[0] ?? null, timerCall };
    }
  }
  return skip('the timer callback does more than resolve');
}

/** The one call an arrow expression body or a one-statement block is. */
function onlyCall(body: Node): Node | null {
  if (body.type === 'CallExpression') return body;
  if (body.type === 'BlockStatement' && body.body.length === 1 && body.body[0].type === 'ExpressionStatement' && body.body[0].expression.type === 'CallExpression') {
    return body.body[0].expression;
  }
  return null;
}


function mentions(node: Node, names: string[]): boolean {
  return someNode(node, (child) => isIdentifier(child) && names.includes(child.name));
}
