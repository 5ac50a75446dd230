/**
 * `setTimeout(() => { rest }, ms)` as the last step of an async function becomes
 * `await sleep(ms); rest`: the rest runs after the same delay, and nothing else of the function
 * was left to run, so only the function's own settling moves (it now waits for the timer).
 */
import type { JSCodeshift } from 'jscodeshift';
import { copyComments, declaredNamesByScope, returnsValue, valueNames } from '../callbacks/lift';
import { referencesName } from '../callbacks/error-plan';
import { freshName, isFunction, isIdentifier, someNode, usesOwnArguments, usesOwnThis, type Node } from '../lib/ast';
import { renameBinding } from '../lib/rename';
import type { TimerSite } from './sites';
import { asTimerDelay } from './delay';

export interface Problem {
  skip: string;
  message: string;
}

/** Why the site cannot become an awaited timer, or null. */
/** `localFunctions`: functions declared once in the file by name, not reassigned (a named callback must be one). */
export function continuationProblem(site: TimerSite, ends: Set<Node> | null, localFunctions: Map<string, Node>): Problem | null {
  const name = site.timer === 'nextTick' ? 'process.nextTick' : site.timer;
  if (site.timer === 'setInterval') return { skip: 'interval', message: 'setInterval repeats: there is no single continuation to await' };
  if (site.timer === 'nextTick') {
    return { skip: 'next-tick-order', message: 'a nextTick callback runs before promise continuations; no awaited form keeps that order' };
  }
  if (!site.statement || !site.container) return { skip: 'handle-used', message: `the timer handle ${name} returns is used (stored, cleared, returned or passed on)` };
  if (!site.fn) return { skip: 'top-level', message: 'the timer is started at the top level, where nothing can wait for it' };
  if (!site.fn.async || site.fn.generator) return { skip: 'enclosing-function-not-async', message: 'the enclosing function is not async, so it cannot await the timer' };
  if (!ends?.has(site.statement)) return { skip: 'not-at-end-of-flow', message: 'code after the timer runs before its callback; awaiting the timer would delay that code' };
  const args = site.call.arguments;
  const callback = args[0];
  const extraFrom = site.timer === 'setTimeout' ? 2 : 1;
  if (!callback) return { skip: 'unknown-callback', message: 'the timer is given no callback' };
  if (args.length > extraFrom || args.some((arg: Node) => arg.type === 'SpreadElement')) {
    return { skip: 'timer-arguments', message: 'the timer passes arguments to its callback' };
  }
  if (isIdentifier(callback)) {
    const fn = localFunctions.get(callback.name);
    if (!fn) return { skip: 'unknown-callback', message: `${callback.name} is not a function declared once in this file (and never reassigned): called directly, it would get another \`this\`, or be another function by then` };
    if (fn.async || fn.generator) return { skip: 'async-callback', message: `${callback.name} is itself async or a generator` };
    if (fn.type !== 'ArrowFunctionExpression' && (usesOwnThis(fn) || usesOwnArguments(fn))) return { skip: 'uses-this', message: `${callback.name} uses its own \`this\` or \`arguments\`` };
    return null;
  }
  if (!isFunction(callback)) return { skip: 'unknown-callback', message: 'the callback is not a function written here or a plain name (a method would lose its `this`)' };
  if (callback.async || callback.generator) return { skip: 'async-callback', message: 'the callback is itself async or a generator' };
  if (callback.params.length > 0) return { skip: 'timer-arguments', message: 'the callback declares parameters' };
  if (callback.type === 'FunctionExpression') {
    if (usesOwnThis(callback)) return { skip: 'uses-this', message: 'the callback uses its own `this` (the Timeout object)' };
    if (usesOwnArguments(callback)) return { skip: 'uses-arguments', message: 'the callback reads `arguments`' };
    if (callback.id && referencesName([callback.body], callback.id.name)) return { skip: 'callback-escapes', message: `the callback refers to itself by name (${callback.id.name})` };
  }
  if (callback.body.type === 'BlockStatement' && returnsValue(callback.body.body)) {
    return { skip: 'callback-returns-value', message: 'the callback returns a value, which would become the async function result' };
  }
  return null;
}

/** The callback's statements, in place of the timer statement, after `await <timer>`. */
export function inlineContinuation(j: JSCodeshift, site: TimerSite, timer: Node, names: Set<string>): void {
  const callback = site.call.arguments[0];
  const statement = site.statement!;
  let body: Node[];
  if (isIdentifier(callback)) body = [j.expressionStatement(j.callExpression(j.identifier(callback.name), []))];
  else {
    renameMovingBindings(j, site, callback, names);
    body = callback.body.type === 'BlockStatement' ? callback.body.body : [j.expressionStatement(callback.body)];
  }
  const ms = site.timer === 'setTimeout' && site.call.arguments[1] ? [asTimerDelay(j, site.call.arguments[1])] : [];
  const awaited = j.expressionStatement(j.awaitExpression(j.callExpression(timer, ms)));
  copyComments(statement, awaited);
  const replacement = [awaited, ...body];
  const { container } = site;
  if (Array.isArray(container)) container.splice(container.indexOf(statement), 1, ...replacement);
  else container!.node[container!.key] = j.blockStatement(replacement);
}

/** The callback's own declarations move into the function: rename those the function already uses. */
function renameMovingBindings(j: JSCodeshift, site: TimerSite, callback: Node, names: Set<string>): void {
  if (callback.body.type !== 'BlockStatement') return;
  const blockScoped = new Set<string>();
  const functionScoped = new Set<string>();
  for (const statement of callback.body.body) declaredNamesByScope(statement, blockScoped, functionScoped);
  if (blockScoped.size === 0 && functionScoped.size === 0) return;
  const taken = valueNames([site.fn], callback);
  for (const name of new Set([...blockScoped, ...functionScoped])) {
    if (!taken.has(name)) continue;
    renameBinding(j, callback, name, freshName(name, names), (node, key, value) => {
      node[key] = value;
    });
  }
}

/** An explicit `throw` in the callback (outside nested functions and `try`): it crashed the process, now it rejects. */
export function throwsInCallback(callback: Node): boolean {
  return isFunction(callback) && someNode(callback.body, (node) => node.type === 'ThrowStatement', (node) => !isFunction(node) && node.type !== 'TryStatement');
}
