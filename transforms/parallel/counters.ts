/**
 * Code that was already concurrent, written with a completion counter, into `Promise.all` with
 * the same behaviour (every mode but `off`). Two shapes, as the callbacks transform leaves them
 * (it skips them: the callback escapes into the per-item callbacks):
 *
 *   const results = new Array(ids.length);   let pending = 2; let failed = false; let a, b;
 *   let pending = ids.length;                f(x, (err, r) => { if (failed) return;
 *   let failed = false;                        if (err) { failed = true; return cb(err); }
 *   if (pending === 0) return cb(null, results);  a = r; if (--pending === 0) cb(null, { a, b }); });
 *   ids.forEach((id, i) => {                 g(y, (err, r) => { …same, b = r… });
 *     load(id, (err, item) => {
 *       if (failed) return;
 *       if (err) { failed = true; return cb(err); }
 *       results[i] = item;
 *       if (--pending === 0) cb(null, results);
 *     });
 *   });
 *
 * The function keeps its callback signature (converting it is the callbacks transform's job, and
 * its callers are callback-style); the join becomes
 * `Promise.all([...]).then((r) => cb(null, r), (err) => cb(err)).catch((e) => process.nextTick(() => { throw e; }))`:
 * the first error reported once, the completion callback called once, results in order, an
 * exception thrown by the callback still uncaught (the delivery `callbackApi` uses).
 * Only the exact shapes are taken; a counter join without a `failed` flag (it may call back once per
 * error), without an empty-list guard (with no items it never called back), or with anything
 * else in its callbacks is skipped with its reason.
 */
import type { JSCodeshift } from 'jscodeshift';
import { hoistAnchor, promiseSourceFor, type PromiseSourceEnv } from '../callbacks/promise-source';
import { promiseApiLookup } from '../callbacks/promise-apis';
import { collectNames, freshName, isFunction, isIdentifier, usesOwnArguments, usesOwnThis, walk, type Node } from '../lib/ast';
import { readModuleBindings } from '../lib/module-bindings';
import { ModuleImports } from '../lib/module-imports';
import type { TransformContext } from '../lib/plugin';
import { Transaction } from '../lib/transaction';
import { located, statementLists } from './awaits';

interface Problem {
  skip: string;
  message: string;
}

/** One per-call callback of a join: `(err, value) => { if (failed) return; if (err) {…} <store>; if (--pending === 0) <final> }`. */
interface JoinCallback {
  call: Node;
  errName: string;
  valueName: string;
  /** `results[i] = item` or `a = r`. */
  store: Node;
  final: Node;
}

interface Names {
  pending: string;
  failed: string;
  cb: string;
}

const isNumber = (node: Node, value: number) => (node?.type === 'NumericLiteral' || node?.type === 'Literal') && node.value === value;
const text = (node: Node): string => JSON.stringify(node, (key, value) => (['loc', 'start', 'end', 'comments', 'tokens', 'extra', 'range', 'original'].includes(key) ? undefined : value));

export function joinCounters(ctx: TransformContext, program: Node): boolean {
  let changed = false;
  let env: SourceEnv | null = null;
  const sourceEnv = () => (env ??= promiseEnv(ctx, program));
  for (const body of statementLists(program)) {
    for (let index = 0; index < body.length; index += 1) {
      const counter = counterDeclaration(body[index]);
      if (!counter) continue;
      const outcome = convertJoin(ctx, body, index, counter, sourceEnv);
      if (outcome === null) continue;
      if ('skip' in outcome) ctx.report.skipped(located(body[index]), outcome.skip, outcome.message);
      else changed = true;
    }
  }
  return changed;
}

/** The promise sources of the callbacks transform, with an undo log for the imports they add. */
interface SourceEnv {
  env: PromiseSourceEnv;
  tx: Transaction;
  names: Set<string>;
}

function promiseEnv(ctx: TransformContext, program: Node): SourceEnv {
  const bindings = readModuleBindings(program, ctx.moduleKind);
  const tx = new Transaction();
  const names = collectNames(program);
  const env: PromiseSourceEnv = {
    j: ctx.j,
    bindings,
    imports: new ModuleImports(ctx.j, program, bindings, names, tx),
    convertedCallee: () => null,
    promiseApi: promiseApiLookup(ctx),
    hoistAnchor: (name) => hoistAnchor(program, bindings, name),
  };
  return { env, tx, names };
}

/** `let pending = <n or xs.length>;` */
function counterDeclaration(statement: Node): { name: string; init: Node } | null {
  if (statement.type !== 'VariableDeclaration' || statement.kind !== 'let' || statement.declarations.length !== 1) return null;
  const [declarator] = statement.declarations;
  if (!isIdentifier(declarator.id) || !declarator.init) return null;
  const init = declarator.init;
  const ok = (init.type === 'NumericLiteral' || init.type === 'Literal') || (init.type === 'MemberExpression' && isIdentifier(init.object) && isIdentifier(init.property, 'length') && !init.computed);
  return ok ? { name: declarator.id.name, init } : null;
}

/** Whether the statements decrement `pending` inside a callback: only then is this a join worth looking at. */
function decrements(statements: Node[], pending: string): boolean {
  let found = false;
  const visit = (node: Node, inFunction: boolean) =>
    walk(node, (child) => {
      if (found) return false;
      if (child !== node && isFunction(child)) {
        visit(child, true);
        return false;
      }
      if (inFunction && child.type === 'UpdateExpression' && child.operator === '--' && isIdentifier(child.argument, pending)) found = true;
      return !found;
    });
  for (const statement of statements) visit(statement, false);
  return found;
}

type JoinOutcome = Problem | { converted: true } | null;

function convertJoin(ctx: TransformContext, body: Node[], index: number, counter: { name: string; init: Node }, sourceEnv: () => SourceEnv): JoinOutcome {
  const rest = body.slice(index + 1);
  if (!decrements(rest, counter.name)) return null;
  // The other declarations of the join may come before or after the counter.
  let start = index;
  while (start > 0 && simpleDeclaration(body[start - 1])) start -= 1;
  let end = index + 1;
  while (end < body.length && simpleDeclaration(body[end])) end += 1;
  const declarations = body.slice(start, end).filter((s) => s !== body[index]);
  const flag = declarations.find((s) => s.declarations[0].init && (s.declarations[0].init.type === 'BooleanLiteral' || s.declarations[0].init.type === 'Literal') && s.declarations[0].init.value === false);
  if (!flag) {
    return { skip: 'join-without-failed-flag', message: 'the counter join has no `failed` flag: it may call back once per error, Promise.all would report only the first' };
  }
  const failed = flag.declarations[0].id.name;
  let position = end;
  let guard: Node | null = null;
  if (counter.init.type === 'MemberExpression') {
    guard = body[position];
    if (!isEmptyGuard(guard, counter)) {
      return { skip: 'join-empty-never-calls-back', message: 'with no items the counter never reaches zero and the original never calls back; Promise.all would' };
    }
    position += 1;
  }
  const starter = body[position];
  const names = { pending: counter.name, failed };
  const shape = counter.init.type === 'MemberExpression' ? readForEachJoin(starter, counter, names) : readFiredJoin(body, position, counter, names);
  if ('skip' in shape) return shape;
  const { callbacks, cb, results, statementsUsed } = shape;
  if (guard && !guardDelivers(guard, cb, results)) return { skip: 'join-shape', message: 'the empty-list guard does not call back with the (empty) results' };
  if (results && !declarations.some((s) => isIdentifier(s.declarations[0].id, results) && isEmptyResults(s.declarations[0].init, counter.init))) {
    return { skip: 'join-shape', message: 'the results array does not start empty (`[]` or `new Array(items.length)`)' };
  }
  // The join's variables must not be used anywhere else.
  const stores = results ? [results] : callbacks.map((c) => c.store.name);
  const declared = new Set(declarations.map((s) => s.declarations.map((d: Node) => d.id.name)).flat());
  if (stores.some((name) => !declared.has(name))) return { skip: 'join-shape', message: 'the join stores its results in variables it does not declare: other code may read them as they arrive' };
  const joinNames = [counter.name, failed, ...stores];
  // Declarations among the join's own that are not part of it stay, so they count as other code.
  const unrelated = declarations.filter((s) => !s.declarations.some((d: Node) => joinNames.includes(d.id.name)));
  const others = [...body.slice(0, start), ...unrelated, ...body.slice(position + statementsUsed)];
  if (others.some((s) => usesAny(s, joinNames))) return { skip: 'join-shape', message: 'the counter, the flag or the results are used outside the join: other code may read them as they arrive' };
  const { env, tx, names: taken } = sourceEnv();
  const mark = tx.mark();
  const sources: Node[] = [];
  for (const callback of callbacks) {
    const source = promiseSourceFor(callback.call, 1, env);
    if ('skip' in source) {
      tx.rollbackTo(mark);
      return source;
    }
    sources.push(source.expression);
  }
  const fresh = { values: freshName('values', taken), thrown: freshName('thrown', taken) };
  const { j } = ctx;
  const replacement = counter.init.type === 'MemberExpression'
    ? forEachReplacement(j, starter, sources[0], callbacks[0], cb, results!, fresh.thrown)
    : firedReplacement(j, sources, callbacks, cb, fresh);
  const kept = declarations.filter((s) => s !== flag && !(results && isIdentifier(s.declarations[0].id, results)));
  const statements = [...kept, ...(guard ? [rewriteGuard(j, guard, counter)] : []), replacement];
  statements[0].comments = [...(body[start].comments ?? []), ...(statements[0].comments ?? [])];
  const first = body[index];
  body.splice(start, position + statementsUsed - start, ...statements);
  ctx.report.converted(located(first), 'counter-join', `a completion counter over ${callbacks.length === 1 ? 'a forEach' : `${callbacks.length} calls`} became Promise.all: the first error is reported once, the callback is called once, results keep their order`);
  return { converted: true };
}

function simpleDeclaration(statement: Node): boolean {
  return statement?.type === 'VariableDeclaration' && statement.kind !== 'var' && statement.declarations.every((d: Node) => isIdentifier(d.id));
}

function usesAny(node: Node, names: string[]): boolean {
  let found = false;
  walk(node, (child) => {
    if (isIdentifier(child) && names.includes(child.name)) found = true;
    return !found;
  });
  return found;
}

/** `if (pending === 0) return cb(null, results);`, also `ids.length === 0`, `!pending`, `!ids.length`. */
function isEmptyGuard(statement: Node, counter: { name: string; init: Node }): boolean {
  if (statement?.type !== 'IfStatement' || statement.alternate) return false;
  const test = statement.test;
  const isCount = (node: Node) => isIdentifier(node, counter.name) || text(node) === text(counter.init);
  const empty = (test.type === 'BinaryExpression' && (test.operator === '===' || test.operator === '==') && isCount(test.left) && isNumber(test.right, 0)) || (test.type === 'UnaryExpression' && test.operator === '!' && isCount(test.argument));
  if (!empty) return false;
  const consequent = statement.consequent.type === 'BlockStatement' && statement.consequent.body.length === 1 ? statement.consequent.body[0] : statement.consequent;
  return consequent.type === 'ReturnStatement' && consequent.argument?.type === 'CallExpression' && isIdentifier(consequent.argument.callee);
}

/** `return cb(null, results)` in the guard. */
function guardDelivers(guard: Node, cb: string, results: string | null): boolean {
  const call = (guard.consequent.type === 'BlockStatement' ? guard.consequent.body[0] : guard.consequent).argument;
  const [first, second] = call.arguments;
  return isIdentifier(call.callee, cb) && call.arguments.length === 2 && (first.type === 'NullLiteral' || (first.type === 'Literal' && first.value === null)) && !!results && isIdentifier(second, results);
}

/** `[]`, or `new Array(items.length)` for the items the counter counts. */
function isEmptyResults(init: Node, count: Node): boolean {
  if (init?.type === 'ArrayExpression') return init.elements.length === 0;
  return init?.type === 'NewExpression' && isIdentifier(init.callee, 'Array') && init.arguments.length === 1 && text(init.arguments[0]) === text(count);
}

/** The guard delivers `[]` instead of the (empty) results array, and tests the list itself: edited in place. */
function rewriteGuard(j: JSCodeshift, guard: Node, counter: { name: string; init: Node }): Node {
  const call = (guard.consequent.type === 'BlockStatement' ? guard.consequent.body[0] : guard.consequent).argument;
  call.arguments = call.arguments.map((arg: Node) => (isIdentifier(arg) && !isIdentifier(arg, 'undefined') ? j.arrayExpression([]) : arg));
  const test = guard.test;
  if (test.type === 'BinaryExpression' && isIdentifier(test.left, counter.name)) test.left = counter.init;
  if (test.type === 'UnaryExpression' && isIdentifier(test.argument, counter.name)) test.argument = counter.init;
  return guard;
}

/** The per-call callback, checked against the exact join shape. */
function readJoinCallback(call: Node, names: Omit<Names, 'cb'> & { cb?: string }): (JoinCallback & { cb: string }) | Problem {
  const fn = call.arguments[call.arguments.length - 1];
  const shape = { skip: 'join-shape', message: 'a callback of the counter join does more than check the flag, report the error, store the result and count down' };
  if (!isFunction(fn) || fn.async || fn.generator || fn.params.length !== 2 || !fn.params.every((p: Node) => isIdentifier(p)) || fn.body.type !== 'BlockStatement') return shape;
  const [errParam, valueParam] = fn.params.map((p: Node) => p.name);
  const statements = fn.body.body;
  if (statements.length !== 4) return shape;
  const [flagCheck, errorCheck, store, countDown] = statements;
  // if (failed) return;
  if (flagCheck.type !== 'IfStatement' || flagCheck.alternate || !isIdentifier(flagCheck.test, names.failed) || !isBareReturn(flagCheck.consequent)) return shape;
  // if (err) { failed = true; return cb(err); }
  if (errorCheck.type !== 'IfStatement' || errorCheck.alternate || !isIdentifier(errorCheck.test, errParam) || errorCheck.consequent.type !== 'BlockStatement') return shape;
  // `failed = true; return cb(err);` or `failed = true; cb(err); return;`
  const [setFlag, report, after] = errorCheck.consequent.body;
  const split = errorCheck.consequent.body.length === 3 && report.type === 'ExpressionStatement' && after.type === 'ReturnStatement' && !after.argument;
  if ((errorCheck.consequent.body.length !== 2 && !split) || !isFlagSet(setFlag, names.failed)) return shape;
  const reported = split ? report.expression : report.type === 'ReturnStatement' ? report.argument : null;
  if (reported?.type !== 'CallExpression' || !isIdentifier(reported.callee) || reported.arguments.length !== 1 || !isIdentifier(reported.arguments[0], errParam)) return shape;
  const cb = reported.callee.name;
  if (names.cb && names.cb !== cb) return shape;
  // store: `x = value` or `results[i] = value`
  if (store.type !== 'ExpressionStatement' || store.expression.type !== 'AssignmentExpression' || store.expression.operator !== '=' || !isIdentifier(store.expression.right, valueParam)) return shape;
  // if (--pending === 0) <final>;
  const test = countDown.type === 'IfStatement' && !countDown.alternate ? countDown.test : null;
  if (test?.type !== 'BinaryExpression' || test.operator !== '===' || test.left.type !== 'UpdateExpression' || test.left.operator !== '--' || !test.left.prefix || !isIdentifier(test.left.argument, names.pending) || !isNumber(test.right, 0)) return shape;
  const final = countDown.consequent.type === 'BlockStatement' && countDown.consequent.body.length === 1 ? countDown.consequent.body[0] : countDown.consequent;
  if (final.type !== 'ExpressionStatement' || final.expression.type !== 'CallExpression' || !isIdentifier(final.expression.callee, cb) || usesAny(final, [errParam, valueParam, names.pending, names.failed])) return shape;
  return { call, errName: errParam, valueName: valueParam, store: store.expression.left, final, cb };
}

function isBareReturn(node: Node): boolean {
  const statement = node.type === 'BlockStatement' && node.body.length === 1 ? node.body[0] : node;
  return statement.type === 'ReturnStatement' && !statement.argument;
}

function isFlagSet(statement: Node, failed: string): boolean {
  const e = statement?.type === 'ExpressionStatement' ? statement.expression : null;
  return e?.type === 'AssignmentExpression' && isIdentifier(e.left, failed) && (e.right.type === 'BooleanLiteral' || e.right.type === 'Literal') && e.right.value === true;
}

type Shape = { callbacks: JoinCallback[]; cb: string; results: string | null; statementsUsed: number } | Problem;

/** `ids.forEach((id, i) => { call(…, callback); });` with `results[i] = item` and `cb(null, results)`. */
function readForEachJoin(statement: Node, counter: { name: string; init: Node }, names: Omit<Names, 'cb'>): Shape {
  const shape = { skip: 'join-shape', message: 'the counter join is not one forEach starting one call per item' };
  const e = statement?.type === 'ExpressionStatement' ? statement.expression : null;
  if (e?.type !== 'CallExpression' || e.callee.type !== 'MemberExpression' || !isIdentifier(e.callee.property, 'forEach') || text(e.callee.object) !== text(counter.init.object)) return shape;
  const fn = e.arguments[0];
  if (e.arguments.length !== 1 || !isFunction(fn) || fn.async || fn.params.length !== 2 || !fn.params.every((p: Node) => isIdentifier(p)) || fn.body.type !== 'BlockStatement' || fn.body.body.length !== 1) return shape;
  const inner = fn.body.body[0];
  if (inner.type !== 'ExpressionStatement' || inner.expression.type !== 'CallExpression') return shape;
  // The mapping arrow would see the enclosing function's `this` and `arguments`, not the callback's.
  if (fn.type !== 'ArrowFunctionExpression' && (usesOwnThis(fn) || usesOwnArguments(fn))) return shape;
  const callback = readJoinCallback(inner.expression, names);
  if ('skip' in callback) return callback;
  const indexName = fn.params[1].name;
  const store = callback.store;
  if (store.type !== 'MemberExpression' || !store.computed || !isIdentifier(store.object) || !isIdentifier(store.property, indexName)) return shape;
  const results = store.object.name;
  const finalArgs = callback.final.expression.arguments;
  if (finalArgs.length !== 2 || !(finalArgs[0].type === 'NullLiteral' || (finalArgs[0].type === 'Literal' && finalArgs[0].value === null)) || !isIdentifier(finalArgs[1], results)) return shape;
  if (usesAny(inner.expression.arguments.slice(0, -1).concat([inner.expression.callee]), [results, indexName])) return shape;
  return { callbacks: [callback], cb: callback.cb, results, statementsUsed: 1 };
}

/** `n` calls in a row, each with a join callback storing into its own variable, `n` the counter's start. */
function readFiredJoin(body: Node[], position: number, counter: { name: string; init: Node }, names: Omit<Names, 'cb'>): Shape {
  const count = counter.init.value;
  const shape = { skip: 'join-shape', message: `the counter starts at ${count} but is not followed by ${count} calls with a join callback each` };
  if (typeof count !== 'number' || count < 2) return shape;
  const callbacks: JoinCallback[] = [];
  let cb: string | undefined;
  for (let k = 0; k < count; k += 1) {
    const statement = body[position + k];
    if (statement?.type !== 'ExpressionStatement' || statement.expression.type !== 'CallExpression') return shape;
    const callback = readJoinCallback(statement.expression, { ...names, cb });
    if ('skip' in callback) return callback;
    cb = callback.cb;
    if (!isIdentifier(callback.store)) return shape;
    callbacks.push(callback);
  }
  const stores = callbacks.map((c) => c.store.name);
  if (new Set(stores).size !== stores.length || callbacks.some((c) => text(c.final) !== text(callbacks[0].final))) return shape;
  return { callbacks, cb: cb!, results: null, statementsUsed: count };
}

const print = (j: JSCodeshift, node: Node): string => j(node).toSource();

/** Statements parsed from text: recast prints them as written (builders would spread them out). */
function parseStatements(j: JSCodeshift, source: string): Node[] {
  return j(source).get().node.program.body;
}

/** The delivery both shapes end with: callback once, later; its own exception stays uncaught. */
function delivery(all: string, onFulfilled: string, errName: string, cb: string, thrown: string): string {
  return `${all}\n  .then(${onFulfilled}, (${errName}) => ${cb}(${errName}))\n  .catch((${thrown}) => process.nextTick(() => { throw ${thrown}; }));`;
}

function forEachReplacement(j: JSCodeshift, statement: Node, source: Node, callback: JoinCallback, cb: string, results: string, thrown: string): Node {
  const forEach = statement.expression;
  const fn = forEach.arguments[0];
  const params = fn.params.map((p: Node) => p.name).join(', ');
  const all = `Promise.all(Array.from(${print(j, forEach.callee.object)}, (${params}) => ${print(j, source)}))`;
  const [delivered] = parseStatements(j, delivery(all, `(${results}) => ${cb}(null, ${results})`, callback.errName, cb, thrown));
  delivered.comments = statement.comments;
  return delivered;
}

function firedReplacement(j: JSCodeshift, sources: Node[], callbacks: JoinCallback[], cb: string, fresh: { values: string; thrown: string }): Node {
  const { values } = fresh;
  const all = `Promise.all([\n  ${sources.map((source) => print(j, source)).join(',\n  ')},\n])`;
  const onFulfilled = `(${values}) => {\n    [${callbacks.map((c) => c.store.name).join(', ')}] = ${values};\n    ${print(j, callbacks[0].final)}\n  }`;
  return parseStatements(j, delivery(all, onFulfilled, callbacks[0].errName, cb, fresh.thrown))[0];
}
