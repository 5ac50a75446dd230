/**
 * The timers transform: timer continuations and hand-written sleeps into `timers/promises`.
 *
 *   setTimeout(() => { rest }, ms)   (last step of an async function)  ->  await sleep(ms); rest
 *   setImmediate(() => { rest })     (last step of an async function)  ->  await immediate(); rest
 *   new Promise((resolve) => setTimeout(resolve, ms))                  ->  sleep(ms)
 *
 * `sleep`/`immediate` are imported from `timers/promises` in the file's style (require or
 * import, `node:` prefix), under names that do not shadow the global timers. Every timer call
 * that stays (setInterval, a used handle, code after the timer, process.nextTick…) is reported.
 */
import { collectNames, forEachChildSlot, isFunction, isIdentifier, walk, type Node } from '../lib/ast';
import { readModuleBindings, type ModuleBindings } from '../lib/module-bindings';
import { ModuleImports } from '../lib/module-imports';
import type { AwaitifyTransform, TransformContext } from '../lib/plugin';
import { Transaction } from '../lib/transaction';
import { continuationProblem, inlineContinuation, throwsInCallback } from './continuation';
import { readDelayPromise } from './delay-promise';
import { findTimerSites, flowEnds, type TimerSite } from './sites';
import { asTimerDelay } from './delay';

const MENTIONS_TIMER = /\b(setTimeout|setImmediate|setInterval|nextTick)\b/;
const MAX_PASSES = 10;

export const timersTransform: AwaitifyTransform = {
  name: 'timers',
  description: 'Timer continuations and hand-written sleeps into await with timers/promises',
  run(ctx) {
    if (!MENTIONS_TIMER.test(ctx.source)) return false;
    const program = ctx.root.get().node.program;
    const bindings = readModuleBindings(program, ctx.moduleKind);
    const names = collectNames(program);
    const imports = new ModuleImports(ctx.j, program, bindings, names, new Transaction());
    const declared = bindings.declared;
    const localFunctions = readLocalFunctions(program, bindings);
    const wrapped = new Set<Node>();
    let changed = convertDelayPromises(ctx, program, imports, declared, wrapped);
    // Inlining one continuation can put another timer at the end of the async function: look again.
    let skipped: Array<{ site: TimerSite; skip: string; message: string }> = [];
    for (let pass = 0; pass < MAX_PASSES; pass += 1) {
      skipped = [];
      const { sites, shadowed } = findTimerSites(program, declared);
      if (pass === 0) for (const call of shadowed) ctx.report.skipped(call, 'not-the-global-timer', `${call.callee.name} is declared in this file, so it is not the global timer`);
      const ends = new Map<Node, Set<Node>>();
      let converted = 0;
      for (const site of sites) {
        if (wrapped.has(site.call)) continue;
        if (site.fn && !ends.has(site.fn)) ends.set(site.fn, flowEnds(site.fn));
        const problem = continuationProblem(site, site.fn ? ends.get(site.fn)! : null, localFunctions);
        if (problem) {
          skipped.push({ site, ...problem });
          continue;
        }
        convertContinuation(ctx, site, imports, names);
        converted += 1;
      }
      if (converted === 0) break;
      changed = true;
    }
    for (const { site, skip, message } of skipped) ctx.report.skipped(site.call, skip, message);
    return changed;
  },
};

function convertContinuation(ctx: TransformContext, site: TimerSite, imports: ModuleImports, names: Set<string>): void {
  const timeout = site.timer === 'setTimeout';
  const timer = timeout ? imports.named('timers/promises', 'setTimeout', 'sleep') : imports.named('timers/promises', 'setImmediate', 'immediate');
  const callback = site.call.arguments[0];
  inlineContinuation(ctx.j, site, timer, names);
  ctx.report.converted(site.call, 'timer-to-await', `${site.timer} continuation into await ${timeout ? 'setTimeout' : 'setImmediate'} from timers/promises`);
  ctx.report.note(site.call, 'async-function-now-waits', `the async function used to settle before this ${site.timer} callback ran; it now waits for it`);
  if (throwsInCallback(callback)) {
    ctx.report.note(site.call, 'uncaught-error-now-rejects', 'the timer callback threw (an uncaught exception); the rewrite rejects the async function instead');
  }
}

/** Every `new Promise(r => setTimeout(r, ms))` becomes `sleep(ms)`; the timers inside are not sites of their own. */
function convertDelayPromises(ctx: TransformContext, program: Node, imports: ModuleImports, declared: Set<string>, wrapped: Set<Node>): boolean {
  const { j } = ctx;
  let changed = false;
  const visit = (node: Node) =>
    forEachChildSlot(node, (child, holder, key) => {
      const delay = readDelayPromise(child, declared);
      if (!delay) return visit(child);
      if ('skip' in delay) {
        ctx.report.skipped(child, delay.skip, delay.message);
        wrapped.add(delay.timerCall);
        return visit(child);
      }
      const ms = delay.ms ? asTimerDelay(j, delay.ms) : null;
      const args = delay.value ? [ms ?? j.identifier('undefined'), delay.value] : ms ? [ms] : [];
      const replacement = j.callExpression(imports.named('timers/promises', 'setTimeout', 'sleep'), args);
      if (child.comments) replacement.comments = child.comments;
      (holder as Node)[key] = replacement;
      ctx.report.converted(child, 'delay-promise', 'a Promise around setTimeout into setTimeout from timers/promises');
      changed = true;
      args.forEach(visit);
    });
  visit(program);
  return changed;
}

/** Functions declared once in the file by name and never reassigned: `function f` or `const f = () => …`. */
function readLocalFunctions(program: Node, bindings: ModuleBindings): Map<string, Node> {
  const functions = new Map<string, Node>();
  walk(program, (node, parent) => {
    if (node.type === 'FunctionDeclaration' && node.id) functions.set(node.id.name, node);
    if (node.type === 'VariableDeclarator' && isIdentifier(node.id) && isFunction(node.init) && parent?.kind === 'const') functions.set(node.id.name, node.init);
  });
  for (const name of functions.keys()) if (bindings.shadowed.has(name) || bindings.reassigned.has(name)) functions.delete(name);
  return functions;
}
