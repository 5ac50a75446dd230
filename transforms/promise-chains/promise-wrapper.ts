/**
 * `new Promise((resolve, reject) => api(x, (err, v) => err ? reject(err) : resolve(v)))` is only a
 * hand-written promisify: it becomes the promise form the callbacks transform uses for `api`
 * (`fs/promises`, `util.promisify`, a converted function, a configured promise API).
 */
import { forEachChild, isFunction, isIdentifier, someNode, usesOwnArguments, usesOwnThis, type Node } from '../lib/ast';
import { evaluationMayThrow } from '../lib/evaluation';
import { MULTI_RESULT_KEYS } from '../callbacks/node-apis';
import { coreMember, promiseSourceFor, type PromiseSourceEnv } from '../callbacks/promise-source';

/** fs functions whose callback never passes a result: `resolve()` in their wrapper drops nothing. */
const FS_WITHOUT_RESULT = new Set(['writeFile', 'appendFile', 'unlink', 'rename', 'rmdir', 'rm', 'access', 'chmod', 'chown', 'copyFile', 'symlink', 'link', 'utimes', 'truncate']);

export interface WrapperOutcome {
  node: Node;
  converted: boolean;
  code: string;
  message: string;
}

/** Replaces every exact wrapper under `program`; returns what it did and what it left. */
export function collapseWrappers(program: Node, env: PromiseSourceEnv): WrapperOutcome[] {
  const outcomes: WrapperOutcome[] = [];
  // `enclosing`: the nearest enclosing function (null at the top level).
  const visit = (node: Node, enclosing: Node | null) => {
    forEachChild(node, (child, key) => {
      let wrapped = isPromiseConstructor(child) ? readWrapper(child, env) : null;
      if (wrapped && !('skip' in wrapped) && mayThrowOutsideExecutor(wrapped.call, enclosing)) {
        wrapped = {
          skip: 'wrapper-catches-throw',
          message: 'the wrapped call or its arguments may throw while they are evaluated: the executor turns that into a rejection, without it the caller would get the throw',
        };
      }
      if (wrapped && 'skip' in wrapped) outcomes.push({ node: child, converted: false, code: wrapped.skip, message: wrapped.message });
      if (wrapped && !('skip' in wrapped)) {
        // Checked before asking for a source, which may already add imports and helpers.
        const core = coreMember(wrapped.call, env.bindings);
        const source: ReturnType<typeof promiseSourceFor> =
          core && MULTI_RESULT_KEYS[`${core.module}.${core.member}`]
            ? { skip: 'multiple-results', message: `the promise form of ${core.module}.${core.member} resolves several results; the wrapper resolves one` }
            : promiseSourceFor(wrapped.call, wrapped.resultCount, env);
        if ('skip' in source) {
          outcomes.push({ node: child, converted: false, code: source.skip, message: source.message });
        } else {
          replaceChild(node, key, child, source.expression);
          outcomes.push({ node: child, converted: true, code: 'promise-wrapper', message: `new Promise wrapper replaced by ${source.via}` });
          return;
        }
      }
      visit(child, isFunction(child) ? child : enclosing);
    });
  };
  visit(program, null);
  return outcomes;
}

/**
 * Inside the executor, a throw while the call's callee and arguments are evaluated rejects the
 * promise; in place of the wrapper it reaches the caller, unless the enclosing function is async.
 * A callee read from a call (`db.connect().query`) is the promise source's to refuse
 * (`unknown-callee`).
 */
function mayThrowOutsideExecutor(call: Node, enclosing: Node | null): boolean {
  if (enclosing?.async) return false;
  if (call.callee.type === 'MemberExpression' && call.callee.object.type === 'CallExpression') return false;
  return evaluationMayThrow(call, { enclosing, skipCallback: true });
}

function isPromiseConstructor(node: Node): boolean {
  return node.type === 'NewExpression' && isIdentifier(node.callee, 'Promise') && node.arguments.length === 1 && isFunction(node.arguments[0]);
}

/**
 * The wrapped call and how many results its callback hands to `resolve`, when the executor does
 * nothing else; a skip when it is wrapper-shaped but does more (or less); null otherwise.
 */
function readWrapper(node: Node, env: PromiseSourceEnv): { call: Node; resultCount: number } | { skip: string; message: string } | null {
  const executor = node.arguments[0];
  const [resolve, reject] = executor.params;
  if (!isIdentifier(resolve) || !isIdentifier(reject) || executor.params.length !== 2) return null;
  const call = onlyCall(executor.body);
  const callback = call?.arguments.at(-1);
  if (!call || !isFunction(callback)) return null;
  const doesMore = { skip: 'wrapper-does-more', message: 'the callback does more than reject the error or resolve the result' };
  // An async executor turns a synchronous throw into a lost rejection: the promise never settles.
  if (executor.async || executor.generator) return { skip: 'wrapper-does-more', message: 'an async executor loses a synchronous throw instead of rejecting' };
  if (callback.async || callback.generator || callback.params.length > 2 || !callback.params.every((p: Node) => isIdentifier(p))) return doesMore;
  if (callback.type !== 'ArrowFunctionExpression' && (usesOwnThis(callback) || usesOwnArguments(callback))) return doesMore;
  const [err, value] = callback.params.map((p: Node) => p.name);
  if (!err || someNode(call.arguments.slice(0, -1), (n) => isIdentifier(n) && (n.name === resolve.name || n.name === reject.name))) return doesMore;
  const settles = readSettle(callback.body, err, value, resolve.name, reject.name);
  if (!settles) return doesMore;
  if (settles === 'resolves-nothing' && !resultlessFsCall(call, env)) {
    return { skip: 'wrapper-drops-result', message: 'the wrapper resolves nothing; the promise form would resolve the callback\'s result' };
  }
  return { call, resultCount: settles === 'resolves-value' ? 1 : 0 };
}

/** `api(…)` as an expression body, or the one statement of a block body. */
function onlyCall(body: Node): Node | null {
  let expression = body;
  if (body.type === 'BlockStatement') {
    if (body.body.length !== 1) return null;
    const [statement] = body.body;
    expression = statement.type === 'ExpressionStatement' ? statement.expression : statement.type === 'ReturnStatement' ? statement.argument : null;
  }
  return expression?.type === 'CallExpression' ? expression : null;
}

/**
 * The callback body is exactly "reject the error, else resolve the value":
 * `err ? reject(err) : resolve(v)`, `if (err) reject(err); else resolve(v);`,
 * `if (err) return reject(err); resolve(v);` (with or without braces).
 */
function readSettle(body: Node, err: string, value: string | undefined, resolve: string, reject: string): 'resolves-value' | 'resolves-nothing' | null {
  const resolved = (node: Node) => settleCall(node, resolve, value);
  const rejected = (node: Node) => settleCall(node, reject, err) === 'resolves-value';
  if (body.type !== 'BlockStatement') {
    if (body.type !== 'ConditionalExpression' || !isIdentifier(body.test, err) || !rejected(body.consequent)) return null;
    return resolved(body.alternate);
  }
  const [first, second, ...rest] = body.body;
  if (rest.length || first?.type !== 'IfStatement' || !isIdentifier(first.test, err)) return null;
  if (first.alternate && !second && rejected(single(first.consequent, false))) return resolved(single(first.alternate, false));
  if (!first.alternate && second && rejected(single(first.consequent, true))) return resolved(single(second, false));
  return null;
}

/** The settle call an `if` branch makes; `mustLeave`: the branch has to end with a return. */
function single(statement: Node, mustLeave: boolean): Node | null {
  const statements = statement.type === 'BlockStatement' ? statement.body : [statement];
  const [first, second] = statements;
  if (statements.length === 1 && first.type === 'ReturnStatement') return first.argument;
  if (statements.length === 1 && first.type === 'ExpressionStatement' && !mustLeave) return first.expression;
  if (statements.length === 2 && first.type === 'ExpressionStatement' && second.type === 'ReturnStatement' && !second.argument) return first.expression;
  return null;
}

/** `fn(arg)` -> resolves-value, `fn()` -> resolves-nothing. */
function settleCall(node: Node | null, fn: string, arg: string | undefined): 'resolves-value' | 'resolves-nothing' | null {
  if (node?.type !== 'CallExpression' || !isIdentifier(node.callee, fn)) return null;
  if (node.arguments.length === 0) return 'resolves-nothing';
  return node.arguments.length === 1 && arg !== undefined && isIdentifier(node.arguments[0], arg) ? 'resolves-value' : null;
}

function resultlessFsCall(call: Node, env: PromiseSourceEnv): boolean {
  const core = coreMember(call, env.bindings);
  return !!core && core.module === 'fs' && FS_WITHOUT_RESULT.has(core.member);
}

function replaceChild(parent: Node, key: string, child: Node, replacement: Node): void {
  const slot = parent[key];
  if (Array.isArray(slot)) slot[slot.indexOf(child)] = replacement;
  else parent[key] = replacement;
}
