/**
 * Callback-style loops in the shapes people write them, put (before the callbacks transform
 * runs) into the one shape it converts: a function that takes its own completion callback and
 * passes it on to itself. Each rewrite only renames and passes along the same callback value, so
 * the code behaves as before; it is undone when the callbacks transform does not convert it.
 *
 *   function walk(items, cb) { function next(i) { … cb(…) … next(i + 1) } next(0) }
 *     -> function next(i, cbLoop) { … cbLoop(…) … next(i + 1, cbLoop) } next(0, cb)
 *   (function next(err) { if (err) return cb(err); … api(x, next) })();
 *     -> function next() { … api(x, (err) => { if (err) return cb(err); next(); }) } next();  (then as above)
 *   if (err && n > 0) return retry(n - 1, cb); cb(err, v);
 *     -> if (err) { if (n > 0) return retry(n - 1, cb); return cb(err); } cb(null, v);
 */
import type { JSCodeshift } from 'jscodeshift';
import { collectNames, forEachChild, freshName, isAssignedIn, isFunction, isIdentifier, usesOwnArguments, usesOwnThis, type Node } from '../lib/ast';
import { Transaction } from '../lib/transaction';
import { isKnownNotErrorFirst, looksLikeErrorParam } from '../callbacks/site';
import { findUses, isRedeclaredInside, selfName } from './references';
import type { Skip } from './tail-recursion';

export interface LoopIdiom {
  /** The function that calls itself. */
  fn: Node;
  name: string;
  /** The callback-taking function a helper loops for (the helper itself otherwise). */
  owner: Node;
  /** Undoes the normalization; empty when nothing needed rewriting. */
  tx: Transaction;
  /** The callback parameter added to a helper, and the name it stands for. */
  added?: { name: string; original: string };
  /** Why the loop is not put into a convertible shape. */
  skip?: Skip;
}

/** Finds the callback-style loops of the file and normalizes each one it can. */
export function normalizeLoops(j: JSCodeshift, program: Node): LoopIdiom[] {
  const idioms: LoopIdiom[] = [];
  const ancestors: Node[] = [];
  const visit = (node: Node) => {
    if (isFunction(node) && !node.async && !node.generator) {
      const parent = ancestors[ancestors.length - 1] ?? null;
      const name = selfName(node, parent, ancestors[ancestors.length - 2] ?? null);
      if (name && node.body?.type === 'BlockStatement' && isAsyncLoop(node, name)) idioms.push(normalize(j, node, name, [...ancestors]));
    }
    ancestors.push(node);
    forEachChild(node, visit);
    ancestors.pop();
  };
  visit(program);
  return idioms;
}

/**
 * It calls itself from an error-first callback, or hands itself to a call as one: the first
 * parameter is named like an error (`forEach(visit)`, `map((x) => f(x))` are not loops of this kind).
 */
function isAsyncLoop(fn: Node, name: string): boolean {
  const errorFirst = (f: Node) => isIdentifier(f.params[0]) && looksLikeErrorParam(f.params[0].name);
  return findUses(fn.body, name).some(({ node, ancestors }) => {
    const parent = ancestors[ancestors.length - 1];
    if (parent?.type === 'CallExpression' && parent.callee !== node && isLastArgument(parent, node)) return !isKnownNotErrorFirst(parent) && errorFirst(fn);
    return ancestors.some((around, i) => isFunction(around) && isLastArgument(ancestors[i - 1], around) && !isKnownNotErrorFirst(ancestors[i - 1]) && errorFirst(around));
  });
}

function isLastArgument(call: Node, node: Node): boolean {
  return call?.type === 'CallExpression' && call.arguments[call.arguments.length - 1] === node;
}

function normalize(j: JSCodeshift, fn: Node, name: string, ancestors: Node[]): LoopIdiom {
  const tx = new Transaction();
  // The helper lives in `home`; the callback it calls belongs to `owner`, the same function or
  // one whose inline callbacks (lifted into it by the callbacks transform) hold `home`.
  const home = enclosingFunction(ancestors);
  const owner = callbackOwner(ancestors);
  const idiom: LoopIdiom = { fn, name, owner: fn, tx };
  // The last parameter, when the function calls it: its completion callback.
  const callbackOf = (f: Node | null) => {
    const last = f?.params[f.params.length - 1];
    if (!f || f.async || !isIdentifier(last)) return null;
    const called = findUses(f.body, last.name).some(({ node, ancestors }) => ancestors[ancestors.length - 1]?.callee === node);
    return called ? (last.name as string) : null;
  };
  const ownCallback = callbackOf(fn);
  if (ownCallback && !isIife(fn, ancestors)) {
    normalizeRetry(j, tx, fn, name, ownCallback);
    return idiom;
  }
  const outerCallback = callbackOf(owner);
  if (!owner || !home || !outerCallback || !findUses(fn.body, outerCallback).length) return idiom;
  idiom.owner = owner;
  const skip = (s: Skip) => {
    tx.rollback();
    return { ...idiom, skip: s };
  };
  if (isRedeclaredInside(owner.body, outerCallback) || isAssignedIn(owner.body, outerCallback)) {
    return skip({ skip: 'callback-reassigned', message: `${outerCallback} is declared again or reassigned inside the function` });
  }
  let helper = fn;
  if (isIife(fn, ancestors)) {
    const made = iifeToHelper(j, tx, fn, name, ancestors, outerCallback, home);
    if ('skip' in made) return skip(made);
    helper = made.helper;
    idiom.fn = helper;
  } else if (fn.type !== 'FunctionDeclaration' || !home.body.body?.includes(fn)) {
    return skip({ skip: 'helper-shape', message: `${name} is not a function declared in the body of the function it loops for` });
  }
  const added = passCallbackAlong(j, tx, helper, name, home, owner, outerCallback);
  if ('skip' in added) return skip(added);
  idiom.added = { name: added.name, original: outerCallback };
  return idiom;
}

/**
 * The call of `node` is the last step of its path: down from the helper's body only through the
 * last statement of a block (or a `return`), if branches, and inline callbacks passed last to a
 * call that is itself such a last step.
 */
function endsItsPath(node: Node, ancestors: Node[]): boolean {
  const path = [...ancestors, node];
  for (let i = 0; i < path.length - 1; i += 1) {
    const at = path[i];
    const child = path[i + 1];
    switch (at.type) {
      case 'BlockStatement': {
        const index = at.body.indexOf(child);
        const next = at.body[index + 1];
        const returnsBelow = () => {
          for (let k = i + 1; k < path.length && !isFunction(path[k]); k += 1) if (path[k].type === 'ReturnStatement') return true;
          return false;
        };
        if (!(index === at.body.length - 1 || (next?.type === 'ReturnStatement' && !next.argument) || returnsBelow())) return false;
        break;
      }
      case 'IfStatement':
        if (child === at.test) return false;
        break;
      case 'ExpressionStatement':
      case 'ReturnStatement':
        if (child.type !== 'CallExpression') return false;
        break;
      case 'CallExpression':
        if (child === at.callee) {
          if (child !== node) return false;
        } else if (!(isFunction(child) && isLastArgument(at, child) && !isKnownNotErrorFirst(at) && !child.async)) {
          return false;
        }
        break;
      case 'ArrowFunctionExpression':
      case 'FunctionExpression':
        if (child !== at.body || child.type !== 'BlockStatement') return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/** The nearest enclosing function that is not an inline callback of a call. */
function callbackOwner(ancestors: Node[]): Node | null {
  for (let i = ancestors.length - 1; i >= 0; i -= 1) {
    const fn = ancestors[i];
    if (!isFunction(fn)) continue;
    const call = ancestors[i - 1];
    if (!(isLastArgument(call, fn) && !isKnownNotErrorFirst(call) && !fn.async)) return fn;
  }
  return null;
}

function enclosingFunction(ancestors: Node[]): Node | null {
  for (let i = ancestors.length - 1; i >= 0; i -= 1) if (isFunction(ancestors[i])) return ancestors[i];
  return null;
}

/** `(function next(…) {…})();` as a statement. */
function isIife(fn: Node, ancestors: Node[]): boolean {
  const call = ancestors[ancestors.length - 1];
  return fn.type === 'FunctionExpression' && call?.type === 'CallExpression' && call.callee === fn && ancestors[ancestors.length - 2]?.type === 'ExpressionStatement';
}

/**
 * `(function next(err) { if (err) return cb(err); … api(x, next); })();` -> a declared helper
 * whose callbacks check the error first, started by `next();`.
 */
function iifeToHelper(
  j: JSCodeshift,
  tx: Transaction,
  fn: Node,
  name: string,
  ancestors: Node[],
  callback: string,
  owner: Node,
): { helper: Node } | Skip {
  const call = ancestors[ancestors.length - 1];
  const statement = ancestors[ancestors.length - 2];
  const list: Node[] = owner.body.body;
  if (!list.includes(statement)) return { skip: 'helper-shape', message: `${name}(…) is not started directly in the body of the function it loops for` };
  if (call.arguments.length > 0 || fn.params.length > 1 || usesOwnThis(fn) || usesOwnArguments(fn)) {
    return { skip: 'helper-shape', message: `${name} takes arguments, or reads \`this\` or \`arguments\`` };
  }
  const others = collectNames({ type: 'Program', body: [...owner.params, ...list.filter((s) => s !== statement)] });
  if (others.has(name)) return { skip: 'helper-shape', message: `${name} is also a name in the enclosing function` };
  let body: Node[] = fn.body.body;
  const errParam = fn.params[0];
  if (errParam) {
    const errName = errParam.name;
    if (!isIdentifier(errParam) || !isErrorCheck(body[0], errName, callback)) {
      return { skip: 'error-handling-shape', message: `${name}(err) does not start with \`if (err) return ${callback}(err);\`` };
    }
    body = body.slice(1);
    if (findUses({ type: 'Program', body }, errName).length) return { skip: 'error-handling-shape', message: `${name} reads ${errName} after its first check` };
  }
  for (const { node, ancestors: path } of findUses({ type: 'BlockStatement', body }, name)) {
    const parent = path[path.length - 1];
    if (parent?.type === 'CallExpression' && parent.callee === node && parent.arguments.length === 0) continue;
    const passed = parent?.type === 'CallExpression' && isLastArgument(parent, node) && /^(ExpressionStatement|ReturnStatement)$/.test(path[path.length - 2]?.type);
    if (!passed || !errParam) return { skip: 'loop-function-escapes', message: `${name} is stored or passed on other than as the callback of a call` };
    const errName = errParam.name;
    const check = j.ifStatement(j.identifier(errName), j.returnStatement(j.callExpression(j.identifier(callback), [j.identifier(errName)])));
    const next = j.expressionStatement(j.callExpression(j.identifier(name), []));
    const arrow = j.arrowFunctionExpression([j.identifier(errName)], j.blockStatement([check, next]));
    tx.set(parent, 'arguments', [...parent.arguments.slice(0, -1), arrow]);
  }
  const helper = located(j.functionDeclaration(j.identifier(name), [], j.blockStatement(body)), fn);
  const start = located(j.expressionStatement(located(j.callExpression(j.identifier(name), []), call)), statement);
  tx.splice(list, list.indexOf(statement), 1, helper, start);
  return { helper };
}

/**
 * A new node placed where `like` is, for the report: the offset only (`loc` is how the printer
 * recognises original nodes).
 */
function located(node: Node, like: Node): Node {
  if (typeof like?.start === 'number') node.start = like.start;
  return node;
}

/** `if (err) return cb(err);` (or its block form). */
function isErrorCheck(statement: Node, errName: string, callback: string): boolean {
  if (statement?.type !== 'IfStatement' || statement.alternate || !isIdentifier(statement.test, errName)) return false;
  const branch = statement.consequent.type === 'BlockStatement' && statement.consequent.body.length === 1 ? statement.consequent.body[0] : statement.consequent;
  const call = branch.type === 'ReturnStatement' ? branch.argument : null;
  return call?.type === 'CallExpression' && isIdentifier(call.callee, callback) && call.arguments.length === 1 && isIdentifier(call.arguments[0], errName);
}

/**
 * The helper gets a callback parameter of its own, the owner's callback passed to its first
 * call and handed on by every recursive call: the same function reaches the same places.
 */
function passCallbackAlong(j: JSCodeshift, tx: Transaction, helper: Node, name: string, home: Node, owner: Node, callback: string): { name: string } | Skip {
  if (helper.async || helper.generator || usesOwnArguments(helper) || !helper.params.every((p: Node) => isIdentifier(p))) {
    return { skip: 'helper-shape', message: `${name} is async, a generator, reads \`arguments\` or has a parameter pattern` };
  }
  const calls = findUses(home.body, name).filter(({ node }) => node !== helper.id);
  for (const { node, ancestors } of calls) {
    const parent = ancestors[ancestors.length - 1];
    if (parent?.type !== 'CallExpression' || parent.callee !== node) return { skip: 'loop-function-escapes', message: `${name} is stored or passed on as a value` };
    if (parent.arguments.length > helper.params.length || parent.arguments.some((a: Node) => a.type === 'SpreadElement')) {
      return { skip: 'helper-shape', message: `${name} is called with more arguments than it declares` };
    }
  }
  const uses = findUses(helper.body, callback);
  if (uses.some(({ ancestors }) => ancestors[ancestors.length - 1]?.shorthand)) return { skip: 'helper-shape', message: `${callback} is used in a shorthand property` };
  // Should the helper keep its callback while its caller converts (through util.promisify), it
  // must still call back once: only calls that end their path, never two on one path.
  const inner = [...uses, ...findUses(helper.body, name)];
  if (!inner.every(({ node, ancestors }) => endsItsPath(node, ancestors))) {
    return { skip: 'loop-not-at-end-of-path', message: `${callback} or ${name}(…) is called where the code goes on after it (twice on one path, in a loop, from a timer)` };
  }
  const added = freshName(`${callback}Loop`, collectNames(owner));
  const param = j.identifier(added);
  const ownerParam = owner.params[owner.params.length - 1];
  if (ownerParam.typeAnnotation) param.typeAnnotation = ownerParam.typeAnnotation;
  const arity = helper.params.length;
  for (const { node, ancestors } of calls) {
    const call = ancestors[ancestors.length - 1];
    const inside = ancestors.includes(helper);
    const padding = Array.from({ length: arity - call.arguments.length }, () => j.identifier('undefined'));
    tx.set(call, 'arguments', [...call.arguments, ...padding, located(j.identifier(inside ? added : callback), node)]);
  }
  for (const { node } of uses) tx.set(node, 'name', added);
  tx.set(helper, 'params', [...helper.params, param]);
  return { name: added };
}

/**
 * A retry written `if (err && more) return self(…, cb);` followed by `cb(err, v)` or by
 * `if (err) return cb(err);`: the error test first, so the callback reads as error-first.
 */
function normalizeRetry(j: JSCodeshift, tx: Transaction, fn: Node, name: string, callback: string): void {
  const visit = (node: Node, parent: Node | null) => {
    if (isFunction(node) && node !== fn) {
      if (!(parent && isLastArgument(parent, node))) return;
      rewriteRetryCallback(j, tx, node, name, callback);
    }
    forEachChild(node, (child) => visit(child, node));
  };
  visit(fn.body, fn);
}

function rewriteRetryCallback(j: JSCodeshift, tx: Transaction, callbackFn: Node, name: string, callback: string): void {
  const errParam = callbackFn.params[0];
  const body: Node[] | undefined = callbackFn.body.type === 'BlockStatement' ? callbackFn.body.body : undefined;
  const first = body?.[0];
  if (!body || !isIdentifier(errParam) || first?.type !== 'IfStatement' || first.alternate) return;
  const errName = errParam.name;
  const test = first.test;
  if (test.type !== 'LogicalExpression' || test.operator !== '&&' || !isIdentifier(test.left, errName)) return;
  const retry = first.consequent.type === 'BlockStatement' && first.consequent.body.length === 1 ? first.consequent.body[0] : first.consequent;
  const again = retry.type === 'ReturnStatement' ? retry.argument : null;
  if (again?.type !== 'CallExpression' || !isIdentifier(again.callee, name) || !isIdentifier(again.arguments[again.arguments.length - 1], callback)) return;
  const rest = body.slice(1);
  const fail = j.returnStatement(j.callExpression(j.identifier(callback), [j.identifier(errName)]));
  const guard = j.ifStatement(j.identifier(errName), j.blockStatement([j.ifStatement(test.right, retry), fail]));
  const finalCall = rest.length === 1 ? completionCall(rest[0]) : null;
  if (finalCall && isIdentifier(finalCall.callee, callback) && isIdentifier(finalCall.arguments[0], errName)) {
    const success = j.expressionStatement(j.callExpression(j.identifier(callback), [j.nullLiteral(), ...finalCall.arguments.slice(1)]));
    tx.set(callbackFn.body, 'body', [guard, success]);
  } else if (isErrorCheck(rest[0], errName, callback)) {
    tx.set(callbackFn.body, 'body', [guard, ...rest.slice(1)]);
  }
}

function completionCall(statement: Node): Node | null {
  const expression = statement.type === 'ExpressionStatement' ? statement.expression : statement.type === 'ReturnStatement' ? statement.argument : null;
  return expression?.type === 'CallExpression' ? expression : null;
}
