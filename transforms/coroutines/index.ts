/**
 * The coroutines transform: generators run by a coroutine runner become async functions.
 *
 *   co(function* () { … })                  ->  (async () => { … })()
 *   co.wrap(function* (a) { … })            ->  async function (a) { … }     (`this` kept)
 *   Bluebird.coroutine(function* (a) { … }) ->  async function (a) { … }
 *   yield p / yield [a, b] / yield { a, b } ->  await p / await Promise.all([a, b]) / the same keys
 *
 * A generator converts only when every one of its yields has an `await` form that resolves the
 * same way; otherwise the runner call stays as it is and is reported with why. Generators that
 * no runner runs are never touched.
 */
import type { JSCodeshift } from 'jscodeshift';
import { forEachChildSlot, usesOwnArguments, usesOwnThis, type Node } from '../lib/ast';
import { readModuleBindings } from '../lib/module-bindings';
import type { AwaitifyTransform } from '../lib/plugin';
import { Transaction } from '../lib/transaction';
import { removeUnusedCoreBindings, usedNames } from '../lib/unused-bindings';
import { generatorProblem, readYieldFacts, resolveGenerator, type GeneratorTarget } from './generator';
import { matchRunner, type Runner } from './runners';
import { awaitable, destructuredAwait, isArrayCall, isKnownArray, ownYields, type YieldFacts } from './yields';
import { awaitOf } from '../promise-chains/emit';
import { mayThrowOnBinding } from '../promise-chains/async-function';

const MENTIONS_RUNNER = /\b(co|bluebird|coroutine)\b/;
const RUNNER_MODULES = ['co', 'bluebird'];

interface RunnerSite {
  call: Node;
  parent: Node;
  key: string | number;
}

export const coroutinesTransform: AwaitifyTransform = {
  name: 'coroutines',
  description: 'Generator coroutines (co, co.wrap, Bluebird.coroutine) into async functions',
  run(ctx) {
    if (!MENTIONS_RUNNER.test(ctx.source)) return false;
    const { j } = ctx;
    const program = ctx.root.get().node.program;
    const bindings = readModuleBindings(program);
    const usedBefore = usedNames(program);
    const facts = readYieldFacts(program, bindings);
    let changed = false;
    // Inner runner calls first: an outer rewrite rebuilds the call that holds them.
    for (const site of findRunnerCalls(program).reverse()) {
      const runner = matchRunner(site.call, bindings);
      if (!runner) continue;
      if ('skip' in runner) {
        ctx.report.skipped(site.call, runner.skip, runner.message);
        continue;
      }
      const outcome = planSite(site, runner, program, bindings, facts);
      if ('skip' in outcome) {
        ctx.report.skipped(site.call, outcome.skip, outcome.message);
        continue;
      }
      // co.wrap and Bluebird.coroutine call the generator function (binding its parameters)
      // outside any promise: a destructured or default parameter threw at the call.
      const throwing = runner.kind === 'wrap' ? outcome.fn.params.find(mayThrowOnBinding) : undefined;
      rewriteYields(j, outcome.fn, facts);
      replaceCall(j, site, runner, outcome);
      changed = true;
      const shape = outcome.name ? outcome.name : 'function* …';
      ctx.report.converted(site.call, 'coroutine-to-async', `${runner.label}(${shape}) into ${runner.kind === 'run' ? 'an immediately called async function' : 'an async function'}`);
      if (throwing) {
        ctx.report.note(throwing, 'sync-throw-now-rejects', `a destructured or default parameter can throw (a missing argument), which ${runner.label}'s function threw synchronously; the async function now rejects with it`);
      }
      if (runner.library === 'bluebird') {
        ctx.report.note(site.call, 'native-promise', `${runner.label} returned Bluebird promises; the async function returns native ones, without Bluebird's own methods (.spread, .tap, .timeout, …)`);
      }
    }
    if (changed) removeUnusedCoreBindings(new Transaction(), program, bindings, usedBefore, RUNNER_MODULES);
    return changed;
  },
};

/** Every call in the file with where it sits, outer calls before the calls inside them. */
function findRunnerCalls(program: Node): RunnerSite[] {
  const sites: RunnerSite[] = [];
  const visit = (node: Node) =>
    forEachChildSlot(node, (child, parent, key) => {
      if (child.type === 'CallExpression') sites.push({ call: child, parent, key });
      visit(child);
    });
  visit(program);
  return sites;
}

function planSite(site: RunnerSite, runner: Runner, program: Node, bindings: ReturnType<typeof readModuleBindings>, facts: ReturnType<typeof readYieldFacts>): GeneratorTarget | { skip: string; message: string } {
  const [argument, ...rest] = site.call.arguments;
  if (!argument) return { skip: 'not-a-generator', message: `${runner.label}() is given no generator function` };
  if (argument.type === 'SpreadElement') return { skip: 'generator-not-local', message: 'the runner is given a spread argument' };
  if (runner.kind === 'wrap' && rest.length > 0) return { skip: 'runner-options', message: `${runner.label} is given more than the generator function (options or extra arguments)` };
  if (runner.kind === 'wrap' && !Array.isArray(site.parent) && site.parent.type === 'ExpressionStatement') {
    return { skip: 'wrapped-function-unused', message: `the function ${runner.label} returns is not used` };
  }
  const target = resolveGenerator(argument, program, bindings);
  if ('skip' in target) return target;
  const problem = generatorProblem(target.fn, runner, facts);
  if (problem) return problem;
  const collects = ownYields(target.fn).some(({ node }) => /^(ArrayExpression|ObjectExpression)$/.test(node.argument?.type) || (node.argument?.type === 'CallExpression' && isArrayCall(node.argument)));
  if (collects && facts.promiseShadowed) {
    return { skip: 'promise-shadowed', message: '`Promise` is declared in this file as something other than bluebird, so `Promise.all` may not be the native one' };
  }
  return target;
}

function rewriteYields(j: JSCodeshift, fn: Node, facts: YieldFacts): void {
  const knownArray = (call: Node) => isKnownArray(call, facts);
  for (const { node, parent, key, owner } of ownYields(fn)) {
    const holder = parent as Node;
    if (!Array.isArray(holder) && holder.type === 'VariableDeclarator' && key === 'init') {
      const destructured = destructuredAwait(j, holder.id, node.argument, knownArray);
      if (destructured) {
        holder.id = destructured.pattern;
        holder.init = awaitOf(j, destructured.value);
        continue;
      }
    }
    // `(yield p).x`: recast would keep the source's parentheses and add its own around the
    // await; reprinting the expression that holds it prints them once.
    if (node.extra?.parenthesized) owner.original = null;
    holder[key] = awaitOf(j, awaitable(j, node.argument, knownArray));
  }
  fn.generator = false;
  fn.async = true;
}

function replaceCall(j: JSCodeshift, site: RunnerSite, runner: Runner, target: GeneratorTarget): void {
  const { call } = site;
  const rest = call.arguments.slice(1);
  let replacement: Node;
  if (target.name) {
    replacement = runner.kind === 'run' ? j.callExpression(j.identifier(target.name), rest) : j.identifier(target.name);
  } else if (runner.kind === 'wrap') {
    replacement = target.fn;
  } else {
    replacement = j.callExpression(immediateCallee(j, target.fn), rest);
  }
  if (call.comments) replacement.comments = call.comments;
  (site.parent as Node)[site.key] = replacement;
}

/** `async () => {…}` for an anonymous generator (checked free of `this`/`arguments`), else the function itself. */
function immediateCallee(j: JSCodeshift, fn: Node): Node {
  if (fn.id || fn.typeParameters || usesOwnThis(fn) || usesOwnArguments(fn)) return fn;
  const arrow = j.arrowFunctionExpression(fn.params, fn.body);
  arrow.async = true;
  return arrow;
}
