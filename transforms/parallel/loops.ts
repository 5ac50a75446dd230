/**
 * `aggressive` mode: a `for … of` loop whose iterations only read (every call a read or pure,
 * nothing assigned outside the body) runs its iterations together:
 * `for (const id of ids) { await load(id); }` -> `await Promise.all(ids.map(async (id) => { await load(id); }))`,
 * and `const out = []; for (const x of xs) out.push(await f(x));` -> `const out = await Promise.all(xs.map(async (x) => f(x)));`.
 * Loops whose iterations depend on each other stay as they are.
 */
import type { JSCodeshift } from 'jscodeshift';
import { isFunction, isIdentifier, patternNames, someNode, walk, type Node } from '../lib/ast';
import type { TransformContext } from '../lib/plugin';
import { located, promiseAll, statementLists } from './awaits';
import { describeCall, firstOuterWrite, namesDeclaredWithin, promisifiedTarget, type EffectEnv } from './effects';

type LoopProblem = { code: string; message: string };

export function parallelizeLoops(ctx: TransformContext, program: Node, env: EffectEnv): boolean {
  let changed = false;
  for (const body of statementLists(program)) {
    for (let index = 0; index < body.length; index += 1) {
      const loop = body[index];
      if (loop.type !== 'ForOfStatement' || loop.await || !awaitsInBody(loop.body)) continue;
      const problem = loopProblem(loop, body[index - 1], env);
      if (problem) {
        ctx.report.skipped(located(loop), problem.code, problem.message);
        continue;
      }
      rewriteLoop(ctx, body, index, env);
      changed = true;
    }
  }
  return changed;
}

function awaitsInBody(body: Node): boolean {
  return someNode(body, (node) => node.type === 'AwaitExpression', (node) => !isFunction(node));
}

function bodyStatements(loop: Node): Node[] {
  return loop.body.type === 'BlockStatement' ? loop.body.body : [loop.body];
}

/** `out.push(await f(x))` with `const out = []` right before the loop. */
function pushTarget(loop: Node, previous: Node | undefined): { name: string; call: Node; push: Node } | null {
  const statements = bodyStatements(loop);
  const [only] = statements;
  if (statements.length !== 1 || only.type !== 'ExpressionStatement') return null;
  const call = only.expression;
  if (call.type !== 'CallExpression' || call.callee.type !== 'MemberExpression' || !isIdentifier(call.callee.property, 'push') || !isIdentifier(call.callee.object)) return null;
  if (call.arguments.length !== 1 || call.arguments[0].type !== 'AwaitExpression' || call.arguments[0].argument?.type !== 'CallExpression') return null;
  const name = call.callee.object.name;
  if (previous?.type !== 'VariableDeclaration' || previous.declarations.length !== 1) return null;
  const [declarator] = previous.declarations;
  if (!isIdentifier(declarator.id, name) || declarator.id.typeAnnotation || declarator.init?.type !== 'ArrayExpression' || declarator.init.elements.length) return null;
  return { name, call: call.arguments[0].argument, push: call };
}

function loopProblem(loop: Node, previous: Node | undefined, env: EffectEnv): LoopProblem | null {
  if (loop.left.type !== 'VariableDeclaration' || loop.left.declarations.length !== 1 || loop.left.kind === 'var') {
    return { code: 'loop-shape', message: 'the loop variable is not declared by the loop with const or let' };
  }
  if (someNode(loop.right, (node) => /Call|New|Assignment|Update|Await|Yield/.test(node.type))) {
    return { code: 'loop-shape', message: 'evaluating what the loop iterates over has effects of its own' };
  }
  const control = someNode(loop.body, (node) => /^(BreakStatement|ContinueStatement|ReturnStatement|LabeledStatement|YieldExpression)$/.test(node.type) || isIdentifier(node, 'arguments'), (node) => !isFunction(node));
  if (control) return { code: 'loop-control', message: 'the loop body breaks, continues, returns or yields: its iterations cannot run as separate functions' };
  // `var` in the body is the enclosing function's: an arrow would make it its own.
  const hoisted = someNode(loop.body, (node) => (node.type === 'VariableDeclaration' && node.kind === 'var') || node.type === 'FunctionDeclaration', (node) => !isFunction(node));
  if (hoisted) return { code: 'loop-shape', message: 'the loop body declares a `var` or a function, which belongs to the enclosing function' };
  const local = new Set([...patternNames(loop.left.declarations[0].id), ...namesDeclaredWithin(loop.body)]);
  // The result array of the push shape is filled by Promise.all instead: not an effect.
  const target = pushTarget(loop, previous);
  const push = target?.push;
  // `out.push(await f(x, out.length))`: each iteration reads what the ones before pushed; the
  // Promise.all result is there only after all of them (and reading it inside its own const throws).
  if (target && someNode(target.call, (node) => isIdentifier(node, target.name))) {
    return { code: 'loop-carried-dependence', message: `an iteration reads \`${target.name}\`, which the earlier iterations fill` };
  }
  const outer = firstOuterWrite(loop.body, local);
  if (outer) return { code: 'loop-carried-dependence', message: `an iteration assigns or deletes from \`${outer}\`, declared outside the loop, so the next iteration may depend on it` };
  let problem: LoopProblem | null = null;
  walk(loop.body, (node) => {
    if (problem) return false;
    if (node.type === 'CallExpression' && !promisifiedTarget(node, env.bindings) && node !== push) {
      const effect = describeCall(node, env);
      if (effect.kind === 'write') problem = { code: 'loop-writes', message: `${effect.why}: iterations stay in order` };
    }
    return true;
  });
  return problem;
}


/** `xs.map(fn)` when `xs` is known to be an array, else `Array.from(xs, fn)` (for … of takes any iterable). */
function mapOver(j: JSCodeshift, items: Node, fn: Node, env: EffectEnv): Node {
  return isKnownArray(items, env)
    ? j.callExpression(j.memberExpression(items, j.identifier('map')), [fn])
    : j.callExpression(j.memberExpression(j.identifier('Array'), j.identifier('from')), [items, fn]);
}

function isKnownArray(items: Node, env: EffectEnv): boolean {
  return isIdentifier(items) && env.arrayNames.has(items.name);
}

function rewriteLoop(ctx: TransformContext, body: Node[], index: number, env: EffectEnv): void {
  const { j } = ctx;
  const loop = body[index];
  const param = loop.left.declarations[0].id;
  const all = (fn: Node) => promiseAll(j, mapOver(j, loop.right, fn, env));
  const push = pushTarget(loop, body[index - 1]);
  const reason = 'every iteration only reads and assigns nothing declared outside the loop';
  if (push) {
    const previous = body[index - 1];
    const fn = j.arrowFunctionExpression([param], push.call);
    fn.async = true;
    const declaration = j.variableDeclaration(previous.kind, [j.variableDeclarator(j.identifier(push.name), all(fn))]);
    declaration.comments = [...(previous.comments ?? []), ...(loop.comments ?? [])];
    body.splice(index - 1, 2, declaration);
    ctx.report.note(located(loop), 'parallel-loop', `the loop's calls now run together with Promise.all, results in the same order: ${reason}. If one fails, the others have still run`);
    return;
  }
  const block = loop.body.type === 'BlockStatement' ? loop.body : j.blockStatement([loop.body]);
  const fn = j.arrowFunctionExpression([param], block);
  fn.async = true;
  const statement = j.expressionStatement(all(fn));
  statement.comments = loop.comments;
  body.splice(index, 1, statement);
  ctx.report.note(located(loop), 'parallel-loop', `the loop's iterations now run together with Promise.all: ${reason}. If one fails, the others have still run`);
}
