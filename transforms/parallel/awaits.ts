/**
 * Consecutive independent awaits into one `Promise.all`:
 * `const a = await f(x); const b = await g(y);` -> `const [a, b] = await Promise.all([f(x), g(y)]);`.
 * Steps join a group when no result of an earlier step feeds them (directly or through a closure),
 * evaluating their call has no effect of its own, and the effect model judges every pair independent.
 */
import type { JSCodeshift } from 'jscodeshift';
import { isAssignedIn, isFunction, isIdentifier, isPrimitiveLiteral, isPropertyName, patternNames, someNode, walk, type Node } from '../lib/ast';
import type { TransformContext } from '../lib/plugin';
import { calleePath } from '../callbacks/promise-apis';
import { callTarget, describeCall, isActing, judgeIndependence, namesDeclaredWithin, promisifiedTarget, type CallEffect, type EffectEnv, type Judgement } from './effects';

export interface AwaitStep {
  statement: Node;
  call: Node;
  declaration: { kind: string; id: Node } | null;
}

/** `await call(…);` or `const|let|var x = await call(…);` (one declarator, no type annotation). */
function readStep(statement: Node): AwaitStep | null {
  if (statement?.type === 'ExpressionStatement' && statement.expression.type === 'AwaitExpression' && statement.expression.argument?.type === 'CallExpression') {
    return { statement, call: statement.expression.argument, declaration: null };
  }
  if (statement?.type !== 'VariableDeclaration' || statement.declare || statement.declarations.length !== 1) return null;
  const [declarator] = statement.declarations;
  if (declarator.id.typeAnnotation || declarator.init?.type !== 'AwaitExpression' || declarator.init.argument?.type !== 'CallExpression') return null;
  // Defaults and computed keys run when the value is destructured: after the whole group, then.
  if (someNode(declarator.id, (node) => (node.type === 'AssignmentPattern' && !isPrimitiveLiteral(node.right)) || ((node.type === 'ObjectProperty' || node.type === 'Property') && node.computed))) return null;
  return { statement, call: declarator.init.argument, declaration: { kind: statement.kind, id: declarator.id } };
}

/** The first part of evaluating `call` (before it starts) that has an effect of its own, or null. */
function evaluationEffect(call: Node, env: EffectEnv): Node | null {
  let found: Node | null = null;
  walk(call, (child) => {
    if (found || isFunction(child)) return false;
    if (child === call) return true;
    if (child.type === 'CallExpression' && (promisifiedTarget(child, env.bindings) || describeCall(child, env).kind === 'pure')) return true;
    if (isActing(child)) {
      found = child;
      return false;
    }
    return true;
  });
  return found;
}

/** Variables a call reads, through the bodies of the file's functions it names too. */
function namesUsed(node: Node, env: EffectEnv, into = new Set<string>(), seen = new Set<Node>()): Set<string> {
  walk(node, (child, parent) => {
    if (isIdentifier(child) && !isPropertyName(child, parent)) {
      into.add(child.name);
      const fn = env.functions.get(child.name);
      if (fn && !seen.has(fn)) {
        seen.add(fn);
        namesUsed(fn.body, env, into, seen);
      }
    }
    return true;
  });
  return into;
}

type PairProblem = { code: string; message: string } | null;

/** Why `later` cannot start together with `earlier`, or null. */
function pairProblem(earlier: AwaitStep & { effect: CallEffect }, later: AwaitStep & { effect: CallEffect }, env: EffectEnv): PairProblem {
  const bound = earlier.declaration ? patternNames(earlier.declaration.id) : [];
  const used = namesUsed(later.call, env);
  const fed = bound.find((name) => used.has(name));
  if (fed) return { code: 'data-dependence', message: `${later.effect.label}(…) uses \`${fed}\`, the result of the await before it` };
  // A function passed to a call may run while it runs: what it assigns is written by that call.
  const setByEarlier = [...used].find((name) => closureAssigns(earlier.call, name, env));
  if (setByEarlier) return { code: 'may-interfere', message: `${later.effect.label}(…) uses \`${setByEarlier}\`, which a function passed to ${earlier.effect.label} assigns` };
  const setByLater = [...namesUsed(earlier.call, env)].find((name) => closureAssigns(later.call, name, env));
  if (setByLater) return { code: 'may-interfere', message: `a function passed to ${later.effect.label} assigns \`${setByLater}\`, which ${earlier.effect.label}(…) uses` };
  const judgement: Judgement = judgeIndependence(earlier.effect, later.effect, env);
  if (!judgement.independent) return { code: 'may-interfere', message: judgement.reason };
  // Started early, the later call reads its arguments before the earlier call has run.
  const stateRead = earlier.effect.kind === 'write' ? memberReadIn(later.call, env) : null;
  if (stateRead) return { code: 'may-interfere', message: `${later.effect.label}(…) reads \`${stateRead}\` when it starts, which ${earlier.effect.label} may change` };
  return null;
}

/**
 * A function in the call (`login(user, (t) => { token = t; })`, or a function of the file passed
 * by name) assigns `name`, which it does not declare itself.
 */
function closureAssigns(call: Node, name: string, env: EffectEnv): boolean {
  const closures: Node[] = [];
  walk(call, (node, parent) => {
    if (isFunction(node)) {
      closures.push(node);
      return false;
    }
    if (isIdentifier(node) && !isPropertyName(node, parent)) {
      const fn = env.functions.get(node.name);
      if (fn) closures.push(fn);
    }
    return true;
  });
  return closures.some((fn) => !namesDeclaredWithin(fn).includes(name) && isAssignedIn(fn.body, name));
}

/** A property read (`session.userId`, `this.token`) in the call's arguments or receiver, as text; null when there is none. */
function memberReadIn(call: Node, env: EffectEnv): string | null {
  const { target, args } = callTarget(call, env);
  const roots = [...args, ...(target.type === 'MemberExpression' ? [target.object] : [])];
  let found: string | null = null;
  for (const root of roots) {
    walk(root, (node) => {
      if (found) return false;
      if (node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression' || node.type === 'ThisExpression') {
        found = node.type === 'ThisExpression' ? 'this' : (calleePath(node) ?? 'a property');
        return false;
      }
      return !isFunction(node);
    });
    if (found) break;
  }
  return found;
}

function independenceReason(earlier: CallEffect, later: CallEffect, env: EffectEnv): string {
  return judgeIndependence(earlier, later, env).reason;
}

type Step = AwaitStep & { effect: CallEffect };

/** Groups consecutive steps of every statement list; rewrites groups of two or more. */
export function parallelizeAwaits(ctx: TransformContext, program: Node, env: EffectEnv): boolean {
  let changed = false;
  for (const body of statementLists(program)) if (parallelizeList(ctx, body, env)) changed = true;
  return changed;
}

/** Every statement list of the file (blocks and the top level), collected before any edit. */
export function statementLists(program: Node): Node[][] {
  const lists: Node[][] = [];
  walk(program, (node) => {
    if (node.type === 'BlockStatement' || node.type === 'Program') lists.push(node.body);
    return true;
  });
  return lists;
}

function parallelizeList(ctx: TransformContext, body: Node[], env: EffectEnv): boolean {
  const steps = body.map((statement) => {
    const step = readStep(statement);
    return step ? { ...step, effect: describeCall(step.call, env) } : null;
  });
  const groups: Step[][] = [];
  let group: Step[] = [];
  const close = () => {
    if (group.length > 1) groups.push(group);
    group = [];
  };
  for (const [index, step] of steps.entries()) {
    if (!step) {
      close();
      reportSeparated(ctx, steps, body, index, env);
      continue;
    }
    // The first call of a group starts when it did; only the later ones start earlier.
    if (group.length && evaluationEffect(step.call, env)) {
      ctx.report.skipped(located(step.statement), 'effects-in-arguments', `evaluating the call to ${step.effect.label} has effects of its own, which must wait for the await before it`);
      close();
      group.push(step);
      continue;
    }
    const kindClash = group.some((other) => other.declaration && step.declaration && other.declaration.kind !== step.declaration.kind);
    const problem = kindClash ? null : group.map((other) => pairProblem(other, step, env)).find((p) => p) ?? null;
    // A call that needs the previous result is simply sequential code: nothing for a reviewer to decide.
    if (problem && problem.code !== 'data-dependence') ctx.report.skipped(located(step.statement), problem.code, problem.message);
    if (problem || kindClash) close();
    group.push(step);
  }
  close();
  for (const found of groups) rewriteGroup(ctx, body, found, env);
  return groups.length > 0;
}

/** `await a; <statement>; await b` where a and b would be independent: the statement keeps them apart. */
function reportSeparated(ctx: TransformContext, steps: Array<Step | null>, body: Node[], index: number, env: EffectEnv): void {
  const before = steps[index - 1];
  const after = steps[index + 1];
  const statement = body[index];
  if (before && after && !fedBy(statement, after, env) && !evaluationEffect(after.call, env) && !pairProblem(before, after, env)) {
    ctx.report.skipped(located(after.statement), 'separated-by-statement', `a statement runs between the awaits of ${before.effect.label} and ${after.effect.label}; it stays between them`);
  }
  // Two try blocks of one await each: each call has its own handler.
  const previous = body[index - 1];
  if (statement.type === 'TryStatement' && previous?.type === 'TryStatement') {
    const first = onlyAwaitedCall(previous);
    const second = onlyAwaitedCall(statement);
    if (!first || !second || evaluationEffect(second, env)) return;
    const written = new Set(namesDeclaredWithin(previous.block));
    walk(previous.block, (node) => {
      if (node.type === 'AssignmentExpression') patternNames(node.left).forEach((name) => written.add(name));
      return true;
    });
    const fed = [...namesUsed(second, env)].some((name) => written.has(name));
    const [a, b] = [describeCall(first, env), describeCall(second, env)];
    if (!fed && judgeIndependence(a, b, env).independent) {
      ctx.report.skipped(located(second), 'different-handlers', `the awaits of ${a.label} and ${b.label} are in try blocks with different handlers`);
    }
  }
}

/** The step's call reads a name the statement declares or assigns. */
function fedBy(statement: Node, step: Step, env: EffectEnv): boolean {
  const written = new Set<string>();
  walk(statement, (node) => {
    if (node.type === 'VariableDeclarator') patternNames(node.id).forEach((name) => written.add(name));
    if (node.type === 'AssignmentExpression') patternNames(node.left).forEach((name) => written.add(name));
    return true;
  });
  return [...namesUsed(step.call, env)].some((name) => written.has(name));
}

/** The one call awaited in a try block (outside nested functions), or null. */
function onlyAwaitedCall(statement: Node): Node | null {
  const awaited: Node[] = [];
  walk(statement.block, (node) => {
    if (node.type === 'AwaitExpression') awaited.push(node.argument);
    return !isFunction(node);
  });
  return awaited.length === 1 && awaited[0]?.type === 'CallExpression' ? awaited[0] : null;
}

function rewriteGroup(ctx: TransformContext, body: Node[], group: Step[], env: EffectEnv): void {
  const { j } = ctx;
  const start = body.indexOf(group[0].statement);
  const all = promiseAll(j, j.arrayExpression(group.map((step) => step.call)));
  const declared = group.filter((step) => step.declaration);
  let replacement: Node;
  if (declared.length === 0) {
    replacement = j.expressionStatement(all);
  } else {
    const elements: Array<Node | null> = group.map((step) => step.declaration?.id ?? null);
    while (elements[elements.length - 1] === null) elements.pop();
    replacement = j.variableDeclaration(declared[0].declaration!.kind as 'const', [j.variableDeclarator(j.arrayPattern(elements as Node[]), all)]);
  }
  const comments = group.flatMap((step) => step.statement.comments ?? []);
  if (comments.length) replacement.comments = comments;
  body.splice(start, group.length, replacement);
  const allRead = group.every((step) => step.effect.kind === 'read');
  const reasons = allRead
    ? [`every call only reads: ${[...new Set(group.map((step) => step.effect.why))].join('; ')}`]
    : [...new Set(group.flatMap((step, i) => group.slice(0, i).map((earlier) => independenceReason(earlier.effect, step.effect, env))))];
  ctx.report.note(
    located(group[0].statement),
    'parallel-awaits',
    `${group.length} awaits now start together with Promise.all (${group.map((s) => s.effect.label).join(', ')}): judged independent because ${reasons.join('; ')}. If one fails, the others have still run, and the first rejection is the one thrown; a call that throws before returning its promise leaves the earlier calls' rejections unhandled`,
  );
}

/** Statements lifted by an earlier transform are new nodes without a position: report at their first original part. */
export function located(node: Node): Node {
  let found: Node = node;
  if (node.loc) return node;
  walk(node, (child) => {
    if (found !== node) return false;
    if (child.loc) found = child;
    return found === node;
  });
  return found;
}

/** `await Promise.all(<promises>)`. */
export function promiseAll(j: JSCodeshift, promises: Node): Node {
  return j.awaitExpression(j.callExpression(j.memberExpression(j.identifier('Promise'), j.identifier('all')), [promises]));
}
