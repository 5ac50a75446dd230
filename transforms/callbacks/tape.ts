/**
 * tape tests: `test('…', function (t) { … t.end(); })`, where `test` is bound to `require('tape')`
 * or `import test from 'tape'` (also `test.only`, `test.skip`, and `t.test` subtests). tape
 * awaits a promise its test function returns (since 5.0, see engine/test-runner.ts) and ends the
 * test when it settles, so `t.end()` is the test's completion callback.
 *
 * The rest of the transform knows completion callbacks as parameters it can call by name. A test
 * that can convert is put in that shape first: `t.end(…)` becomes a call of a fresh trailing
 * parameter, `function (t, end) { … end(); }`. Converting drops that parameter; for a test that
 * does not convert, the shape is undone, so it never reaches the output.
 */
import type { JSCodeshift } from 'jscodeshift';
import { collectNames, forEachChild, freshName, isFunction, isIdentifier, isPropertyName, walk, type Node } from '../lib/ast';
import type { ModuleBindings } from '../lib/module-bindings';
import type { SiteReporter } from '../lib/plugin';
import { Transaction } from '../lib/transaction';
import { calleePath } from './promise-apis';

export interface TapeTest {
  fn: Node;
  /** The test object parameter (`t`). */
  testObject: string;
  /** The fresh parameter that stands for `t.end` while the transform runs. */
  endName: string;
  /** How the report names it: `the test(…) test`, `the t.test(…) subtest`. */
  label: string;
  tx: Transaction;
}

/** tape's names for `t.error`: a failing assertion when its argument is set, not a throw. */
export const TAPE_ERROR_ASSERTIONS = new Set(['error', 'ifError', 'ifErr', 'iferror']);

/**
 * Finds the tape tests of the file and puts each one that may convert into the callback shape;
 * the others are reported with the reason they stay.
 */
export function prepareTapeTests(j: JSCodeshift, program: Node, bindings: ModuleBindings, report: SiteReporter): TapeTests {
  const tapeNames = new Set(
    [...bindings.byLocalName].flatMap(([local, binding]) =>
      binding.module === 'tape' && (binding.imported === '*' || binding.imported === 'default') && !bindings.shadowed.has(local) ? [local] : [],
    ),
  );
  const tests = new Map<Node, TapeTest>();
  const recognised = new Set<Node>();
  if (tapeNames.size === 0) return { tests, recognised };
  const names = collectNames(program);
  // `t.test(…)` calls that declare subtests: statements of a tape test whose parameter is `t`.
  const subtestCalls = new Set<Node>();
  const visit = (node: Node) => {
    const fn = node?.type === 'CallExpression' ? tapeTestFunction(node, tapeNames, subtestCalls) : null;
    if (fn) {
      recognised.add(fn);
      const param = fn.params[0];
      if (isIdentifier(param) && fn.params.length === 1) for (const call of subtestStatements(fn, param.name)) subtestCalls.add(call);
      const callee = calleePath(node.callee)!;
      const label = `the ${callee}(…) ${callee.endsWith('.test') ? 'subtest' : 'test'}`;
      const blocker = fn.async || fn.generator ? null : whyTestStays(fn);
      const end = isIdentifier(param) ? `${param.name}.end` : 't.end';
      if (blocker) report.skipped(blocker.node ?? fn, blocker.reason, `${label} keeps ${end}: ${blocker.message}`);
      else if (!fn.async && !fn.generator && fn.params.length === 1) tests.set(fn, toCallbackShape(j, fn, label, names));
    }
    forEachChild(node, visit);
  };
  visit(program);
  return { tests, recognised };
}

export interface TapeTests {
  /** The tests put into the callback shape. */
  tests: Map<Node, TapeTest>;
  /** Every tape test function, also those that stay: no other runner's rules apply to them. */
  recognised: Set<Node>;
}

/** Undoes the callback shape of every test that did not become async. */
export function restoreUnconverted({ tests }: TapeTests): void {
  for (const test of tests.values()) if (!test.fn.async) test.tx.rollback();
}

/**
 * A report message as it reads for the tests: the stand-in parameters are named `t.end`
 * (`end2 can be called twice` -> `t.end can be called twice`). Their names are fresh in the file.
 */
export function describeEnds({ tests }: TapeTests, message: string): string {
  let described = message;
  for (const test of tests.values()) described = described.replace(new RegExp(`\\b${test.endName}\\b`, 'g'), `${test.testObject}.end`);
  return described;
}

/**
 * The `t.test(…)` calls among the statements of test function `fn` whose test object is `t`. Only
 * there is `t` surely tape's: inside a nested function or a block, another `t` may be meant.
 */
function subtestStatements(fn: Node, testObject: string): Node[] {
  if (fn.body.type !== 'BlockStatement') return [];
  return fn.body.body.flatMap((statement: Node) => {
    const call = statement.type === 'ExpressionStatement' ? statement.expression : null;
    const callee = call?.type === 'CallExpression' ? call.callee : null;
    const isSubtest = callee?.type === 'MemberExpression' && !callee.computed && isIdentifier(callee.object, testObject) && isIdentifier(callee.property, 'test');
    return isSubtest ? [call] : [];
  });
}

/** The test function of `test('…', fn)`, `test.only/skip('…', fn)` or a subtest `t.test('…', fn)`. */
function tapeTestFunction(call: Node, tapeNames: Set<string>, subtestCalls: Set<Node>): Node | null {
  const fn = call.arguments[call.arguments.length - 1];
  if (fn?.type !== 'FunctionExpression' && fn?.type !== 'ArrowFunctionExpression') return null;
  let callee = call.callee;
  if (callee.type === 'MemberExpression' && !callee.computed && (isIdentifier(callee.property, 'only') || isIdentifier(callee.property, 'skip'))) callee = callee.object;
  if (isIdentifier(callee)) return tapeNames.has(callee.name) ? fn : null;
  return subtestCalls.has(call) ? fn : null;
}

interface Blocker {
  reason: string;
  message: string;
  node?: Node;
}

/** Why a tape test keeps `t.end`, found before any lifting; null when it may convert. */
function whyTestStays(fn: Node): Blocker | null {
  const param = fn.params[0];
  if (fn.params.length === 0) return null;
  if (fn.params.length > 1 || !isIdentifier(param)) {
    return { reason: 'test-parameters', message: 'tape passes one test object; the function declares other parameters or destructures it' };
  }
  if (fn.body.type !== 'BlockStatement') {
    return { reason: 'test-returns-value', message: 'the arrow returns the value of its expression, which tape awaits when it is a promise' };
  }
  const t = param.name;
  let blocker: Blocker | null = null;
  let ends = 0;
  const visit = (node: Node, parent: Node | null, grandparent: Node | null, inOwnBody: boolean) => {
    if (blocker) return;
    if (node !== fn && isFunction(node)) {
      if (node.params.some((p: Node) => isIdentifier(p, t))) return;
      inOwnBody = false;
    }
    if (inOwnBody && node.type === 'ReturnStatement' && node.argument && !isEndCall(node.argument, t)) {
      blocker = { reason: 'test-returns-value', message: 'it returns a value, which tape awaits when it is a promise', node };
      return;
    }
    if (isIdentifier(node, t) && parent && parent !== fn && !isPropertyName(node, parent)) {
      blocker = testObjectUse(node, parent, grandparent, t);
      if (isEndCall(grandparent, t) || isPassedOn(parent, grandparent)) ends += 1;
      return;
    }
    forEachChild(node, (child) => visit(child, node, parent, inOwnBody));
  };
  visit(fn.body, fn, null, true);
  if (blocker) return blocker;
  if (ends === 0) return { reason: 'callback-not-called-on-every-path', message: `${t}.end is never called` };
  return null;
}

/** `db.save(x, t.end)`: handed on as a call's last argument, which may be a pass-through of the completion. */
function isPassedOn(member: Node, parent: Node | null): boolean {
  return parent?.type === 'CallExpression' && parent.callee !== member && parent.arguments[parent.arguments.length - 1] === member;
}

/** `t.end(…)` */
function isEndCall(node: Node, t: string): boolean {
  return node?.type === 'CallExpression' && isMethodOf(node.callee, t, 'end');
}

function isMethodOf(node: Node, t: string, name?: string): boolean {
  return node?.type === 'MemberExpression' && !node.computed && isIdentifier(node.object, t) && isIdentifier(node.property) && (name === undefined || node.property.name === name);
}

/**
 * Why a use of the test object keeps the test as it is; null when it is a call of one of its
 * methods (or `t.end` handed on as a call's last argument) that leaves the end to `t.end`:
 * `t.plan` and `t.test` change how tape ends the test.
 */
function testObjectUse(node: Node, parent: Node, grandparent: Node | null, t: string): Blocker | null {
  const line = node.loc?.start.line ?? '?';
  if (!isMethodOf(parent, t)) return { reason: 'test-object-escapes', message: `${t} is used as a value at line ${line}`, node };
  const method = parent.property.name;
  if (method === 'end' && isPassedOn(parent, grandparent)) return null;
  if (grandparent?.type !== 'CallExpression' || grandparent.callee !== parent) {
    return method === 'end'
      ? { reason: 'callback-escapes', message: `${t}.end is stored or passed on as a value at line ${line}`, node }
      : { reason: 'test-object-escapes', message: `${t}.${method} is used as a value at line ${line}`, node };
  }
  if (method === 'plan') return { reason: 'tape-plan', message: `${t}.plan(…) ends the test by counting assertions, not by t.end or a settled promise`, node };
  if (method === 'test') return { reason: 'tape-subtests', message: `the test declares subtests (${t}.test): tape runs them and ends the parent in an order of its own, which the conversion does not model`, node };
  return null;
}

function toCallbackShape(j: JSCodeshift, fn: Node, label: string, names: Set<string>): TapeTest {
  const testObject = fn.params[0].name as string;
  const endName = freshName('end', names);
  const tx = new Transaction();
  tx.splice(fn.params, 1, 0, j.identifier(endName));
  walk(fn.body, (node) => {
    if (isFunction(node) && node.params.some((p: Node) => isIdentifier(p, testObject))) return false;
    if (isEndCall(node, testObject)) tx.set(node, 'callee', standIn(j, endName, node.callee));
    const last = node.type === 'CallExpression' ? node.arguments.length - 1 : -1;
    if (last >= 0 && isMethodOf(node.arguments[last], testObject, 'end')) tx.set(node.arguments, last, standIn(j, endName, node.arguments[last]));
    return true;
  });
  return { fn, testObject, endName, label, tx };
}

/** The stand-in for `t.end`, located where `t.end` is, so reasons about it point there. */
function standIn(j: JSCodeshift, name: string, member: Node): Node {
  const id = j.identifier(name);
  Object.assign(id, { loc: member.loc, start: member.start, end: member.end });
  return id;
}
