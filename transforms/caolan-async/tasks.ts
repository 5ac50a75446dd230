/**
 * A task is an inline callback-style function handed to the library (`function (a, next) {…}`).
 * It converts the way the callbacks transform converts a callback-taking function: its body is
 * lifted, its callback must be called exactly once at the end of every path, and those calls
 * become `return` / `throw`. The result is an async function without the callback parameter.
 */
import type { JSCodeshift } from 'jscodeshift';
import { isFunction, isIdentifier, isNullish, someNode, usesOwnArguments, usesOwnThis, walk, type Node } from '../lib/ast';
import { staticResultCount } from '../callbacks/candidates';
import { checkCompletion, rewriteCompletions } from '../callbacks/completion';
import { Lifter, type LiftEnv } from '../callbacks/lift';
import { MULTI_RESULT_KEYS } from '../callbacks/node-apis';
import { coreMember, promiseSourceFor } from '../callbacks/promise-source';
import { removeRethrowingCatches } from '../callbacks/simplify';

export interface Skip {
  skip: string;
  message: string;
}

/** Promises the rewrite produced (a passed-through call, a `Promise.all`): values to await, unlike values handed on as they are. */
const PROMISES = new WeakSet<object>();

export function markPromise<T extends object>(node: T): T {
  PROMISES.add(node);
  return node;
}

export function isPromise(node: Node): boolean {
  return !!node && PROMISES.has(node);
}

export interface Task {
  /** The same function node, now async and without its callback parameter. */
  fn: Node;
  /** Results its callback passed on success; null when unknown (it passes its callback on to a call of unknown results). */
  resultCount: number | null;
  /**
   * It passes its callback on to a call known to call back with several results (`exec(cmd, cb)`,
   * a function of this file calling `cb(null, a, b)`): the library collects them into an array,
   * but the call's promise form resolves something else (`{ stdout, stderr }`, or only the first),
   * so the task's value must not be read.
   */
  passesOnSeveral: boolean;
  /**
   * It may call back with an error before it returns (`if (!id) return cb(new Error(…))`): the
   * library's concurrent forms that pull tasks one by one (object `parallel`, `times`, the
   * `…Limit` ones) then start no further task, where `Promise.all` has started them all.
   */
  failsAtOnce: boolean;
}

/** What the tasks of one file are converted with: the lifting environment and the file itself. */
export interface TaskEnv extends LiftEnv {
  program: Node;
}

/** What a task must look like before converting: `params` values, then the callback. */
function taskProblem(node: Node, params: number, role = 'the task'): Skip | null {
  if (!node || !isFunction(node) || (node.type !== 'FunctionExpression' && node.type !== 'ArrowFunctionExpression')) {
    return { skip: 'task-not-inline', message: `${role} is not an inline function, so what it does cannot be seen` };
  }
  if (node.async || node.generator) return { skip: 'task-already-async', message: `${role} is an async function or a generator` };
  if (node.params.length !== params + 1 || !node.params.every((p: Node) => isIdentifier(p))) {
    return { skip: 'task-params', message: `${role} should take ${params === 0 ? 'only its callback' : `${params} value${params === 1 ? '' : 's'} and its callback`} as plain parameters` };
  }
  if (node.type === 'FunctionExpression' && usesOwnThis(node)) return { skip: 'uses-this', message: `${role} uses its own \`this\`` };
  if (node.type === 'FunctionExpression' && usesOwnArguments(node)) return { skip: 'uses-arguments', message: `${role} reads \`arguments\`` };
  if (node.id && someNode(node.body, (n) => isIdentifier(n, node.id.name))) return { skip: 'callback-escapes', message: `${role} refers to itself by name` };
  return null;
}

/** Converts a task in place (every edit through `env.tx`); a skip when its callback use does not allow it. */
export function convertTask(j: JSCodeshift, env: TaskEnv, fn: Node, params: number, role = 'the task'): Task | Skip {
  const problem = taskProblem(fn, params, role);
  if (problem) return problem;
  const { tx } = env;
  const callbackName = fn.params[fn.params.length - 1].name;
  // Read before lifting moves the callback's calls out of the callbacks they sat in.
  const failsAtOnce = callsBackWithErrorAtOnce(fn, callbackName);
  if (fn.body.type !== 'BlockStatement') tx.set(fn, 'body', j.blockStatement([j.expressionStatement(fn.body)]));
  splitErrorHandOffs(j, env, fn, callbackName);
  new Lifter(env, { fn, mode: 'convert', callbackName }).liftBody();
  const failure = checkCompletion(fn, callbackName);
  if (failure) return { skip: failure.reason, message: `${role}'s ${callbackName}: ${failure.message}` };
  if (callsWithFalse(fn, callbackName)) return { skip: 'callback-called-with-false', message: `${role} calls ${callbackName}(false), which stops the library without an outcome` };
  let several: number | null = null;
  const rewrite = rewriteCompletions(j, tx, fn, callbackName, (call) => {
    const count = passedOnResults(call, env);
    if (count !== null && count > 1) several = Math.max(several ?? 0, count);
    const source = promiseSourceFor(call, 1, env);
    return 'skip' in source ? source : markPromise(source.expression);
  });
  if ('failure' in rewrite) return { skip: rewrite.failure.reason, message: `${role}: ${rewrite.failure.message}` };
  removeRethrowingCatches(tx, fn);
  tx.splice(fn.params, fn.params.length - 1, 1);
  tx.set(fn, 'async', true);
  return { fn, resultCount: several ?? rewrite.resultCount, passesOnSeveral: several !== null, failsAtOnce };
}

/** A call of the callback in the task's own body (not in a function it passes on) whose first argument may be an error. */
function callsBackWithErrorAtOnce(fn: Node, callbackName: string): boolean {
  const body = fn.body;
  return someNode(
    body,
    (node) => node.type === 'CallExpression' && isIdentifier(node.callee, callbackName) && node.arguments.length > 0 && !isNullish(node.arguments[0]),
    (node) => node === body || !isFunction(node),
  );
}

/**
 * How many results the call a task hands its callback to passes on success, when that is known:
 * a converted function, a core API with several results (MULTI_RESULT_KEYS), or a function of
 * this file by that name (the most any of them passes). Null when unknown, as for `db.get`.
 */
function passedOnResults(call: Node, env: TaskEnv): number | null {
  const converted = env.convertedCallee(call);
  if (converted) return converted.resultCount;
  const core = coreMember(call, env.bindings);
  if (core) return MULTI_RESULT_KEYS[`${core.module}.${core.member}`]?.length ?? null;
  return isIdentifier(call.callee) ? sameFileResults(env.program, call.callee.name) : null;
}

/** The most results a function of the file named `name` passes its trailing callback; null when none is known. */
function sameFileResults(program: Node, name: string): number | null {
  let most: number | null = null;
  walk(program, (node) => {
    let fn: Node | null = null;
    if (node.type === 'FunctionDeclaration' && isIdentifier(node.id, name)) fn = node;
    else if (node.type === 'VariableDeclarator' && isIdentifier(node.id, name) && isFunction(node.init)) fn = node.init;
    else if (node.type === 'AssignmentExpression' && isIdentifier(node.left, name) && isFunction(node.right)) fn = node.right;
    const last = fn?.params[fn.params.length - 1];
    if (fn && isIdentifier(last) && fn.body.type === 'BlockStatement') {
      const count = staticResultCount(fn, last.name);
      if (count !== null) most = Math.max(most ?? 0, count);
    }
    return true;
  });
  return most;
}

function callsWithFalse(fn: Node, callbackName: string): boolean {
  return someNode(fn.body, (n) => n.type === 'CallExpression' && isIdentifier(n.callee, callbackName) && n.arguments[0]?.type === 'BooleanLiteral' && n.arguments[0].value === false);
}

/**
 * `api(x, function (err) { next(err, v); })` hands the error and the value on together. The
 * library only looks at the error when there is one, and a promise of the call drops the value
 * then, so it reads as `if (err) return next(err); next(null, v);`, the shape lifting knows.
 */
function splitErrorHandOffs(j: JSCodeshift, env: LiftEnv, fn: Node, callbackName: string): void {
  const { tx } = env;
  walk(fn.body, (node) => {
    if (node !== fn.body && isFunction(node) && node.params.some((p: Node) => isIdentifier(p, callbackName))) return false;
    if (node.type !== 'CallExpression') return true;
    const callback = node.arguments[node.arguments.length - 1];
    if (!callback || (callback.type !== 'FunctionExpression' && callback.type !== 'ArrowFunctionExpression') || callback.async) return true;
    const [error, ...results] = callback.params;
    if (!isIdentifier(error) || !results.every((p: Node) => isIdentifier(p))) return true;
    const statements = callback.body.type === 'BlockStatement' ? callback.body.body : [j.expressionStatement(callback.body)];
    const only = statements.length === 1 ? statements[0] : null;
    const handOff = only?.type === 'ExpressionStatement' ? only.expression : only?.type === 'ReturnStatement' ? only.argument : null;
    if (handOff?.type !== 'CallExpression' || !isIdentifier(handOff.callee, callbackName) || !isIdentifier(handOff.arguments[0], error.name)) return true;
    if (handOff.arguments.length < 2) return true;
    const rest = handOff.arguments.slice(1);
    // On an error the original evaluated these too: only values whose reading does nothing and cannot throw.
    const resultNames = new Set<string>(results.map((p: Node) => p.name));
    if (!rest.every((arg: Node) => isInert(arg, error.name, resultNames))) return true;
    tx.set(callback, 'body', j.blockStatement([
      j.ifStatement(j.identifier(error.name), j.returnStatement(j.callExpression(j.identifier(callbackName), [j.identifier(error.name)]))),
      j.expressionStatement(j.callExpression(j.identifier(callbackName), [j.nullLiteral(), ...rest])),
    ]));
    return true;
  });
}

/** A literal, a variable, or a property of a variable that is not one of the callback's results (absent on an error). */
function isInert(node: Node, errorName: string, resultNames: Set<string>): boolean {
  if (/Literal$/.test(node.type) && node.type !== 'TemplateLiteral') return true;
  if (isIdentifier(node)) return node.name !== errorName;
  if (node.type === 'MemberExpression' && !node.computed) return isIdentifier(node.object) && node.object.name !== errorName && !resultNames.has(node.object.name);
  return false;
}
