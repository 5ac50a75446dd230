/**
 * The async-loops transform: recursion used as a loop (`next(i + 1)` from a callback, retries,
 * "until the queue is empty") becomes a `while`/`for` loop of `await`s.
 *
 * It works in two steps around the callbacks transform, which owns every change of a function's
 * API (its callers, its exports, cross-file facts):
 *   prepare: callback-style loops are put into the shape the callbacks transform converts, a
 *            function that passes its own completion callback on to itself (normalize.ts);
 *   run:     what the callbacks transform did not convert is put back as it was; async functions
 *            that call themselves only as `return self(…)` become loops (tail-recursion.ts,
 *            loop.ts), and a loop helper started once at the end of its caller is inlined.
 */
import { forEachChild, isFunction, type Node } from '../lib/ast';
import type { AwaitifyTransform, TransformContext } from '../lib/plugin';
import { inlineHelper } from './inline';
import { rewriteAsLoop } from './loop';
import { normalizeLoops, type LoopIdiom } from './normalize';
import { findUses, selfName } from './references';
import { readTailRecursion, type TailRecursion } from './tail-recursion';

const prepared = new WeakMap<TransformContext, LoopIdiom[]>();

export const asyncLoopsTransform: AwaitifyTransform = {
  name: 'async-loops',
  description: 'Recursion used as a loop (next(i + 1), retries, draining a queue) into for/while loops with await',
  prepare(ctx) {
    prepared.set(ctx, normalizeLoops(ctx.j, ctx.root.get().node.program));
  },
  run(ctx) {
    const program = ctx.root.get().node.program;
    const idioms = prepared.get(ctx) ?? [];
    prepared.delete(ctx);
    for (const idiom of idioms) settleNormalization(ctx, idiom);
    let changed = false;
    const loops: Array<{ recursion: TailRecursion; owner: Node | null }> = [];
    for (const { fn, name, owner } of recursiveAsyncFunctions(program)) {
      const recursion = readTailRecursion(fn, name, program);
      if (!recursion) continue;
      if ('skip' in recursion) {
        ctx.report.skipped(fn, recursion.skip, `${name}(…) stays recursive: ${recursion.message}`);
        continue;
      }
      loops.push({ recursion, owner });
    }
    for (const { recursion, owner } of loops) {
      const { fn, name } = recursion;
      rewriteAsLoop(ctx.j, recursion);
      const inlined = owner && fn.type === 'FunctionDeclaration' && inlineHelper(ctx.j, owner, fn);
      const where = inlined ? `, inlined where it was started` : '';
      ctx.report.converted(fn, 'recursion-to-loop', `${name}(…) called itself as its last step: it became a loop${where}`);
      changed = true;
    }
    for (const idiom of idioms) reportCallbackLoop(ctx, idiom);
    return changed;
  },
};

/** The callbacks transform converted the loop (its owner is async now), or its shape is undone. */
function settleNormalization(ctx: TransformContext, idiom: LoopIdiom): void {
  if (!idiom.fn.async && !idiom.owner.async) idiom.tx.rollback();
  const added = idiom.added;
  if (!added) return;
  if (idiom.owner.async && !idiom.fn.async) restoreCallbackName(idiom.fn, idiom.owner, added);
  // The callbacks transform reported the prepared shape: name the callback as the code does.
  for (const site of ctx.report.sites) {
    if (site.message.includes(added.name)) site.message = site.message.split(added.name).join(added.original);
  }
}

/**
 * The owner converted (awaiting `promisify(helper)(…)`) but the helper kept its callback: its
 * callback parameter takes the name the owner's had, now free.
 */
function restoreCallbackName(helper: Node, owner: Node, added: { name: string; original: string }): void {
  const outside = findUses(owner, added.original).filter(({ ancestors }) => !ancestors.includes(helper));
  if (outside.length > 0 || findUses(helper, added.original).length > 0) return;
  for (const { node } of findUses(helper, added.name)) node.name = added.original;
}

/** A loop that stays callback-style is reported at its function, with why. */
function reportCallbackLoop(ctx: TransformContext, idiom: LoopIdiom): void {
  if (idiom.fn.async) return; // reported by the loop rewrite
  const { fn, name } = idiom;
  if (idiom.skip) {
    ctx.report.skipped(fn, idiom.skip.skip, `the loop of ${name}(…) stays callback-style: ${idiom.skip.message}`);
    return;
  }
  // The callbacks transform names a function it keeps as `name(…, cb) keeps its callback: …`.
  const labels = [name, idiom.owner.id?.name].filter(Boolean).map((n) => `${n}(…, `);
  const within = (line: number) => !idiom.owner.loc || (line >= idiom.owner.loc.start.line && line <= idiom.owner.loc.end.line);
  const kept = ctx.report.sites.find(
    (site) => site.transform === 'callbacks' && site.kind === 'skipped' && within(site.line) && labels.some((l) => site.message.startsWith(l)),
  );
  const why = kept
    ? `the callbacks transform kept its callback (${kept.code})`
    : ctx.options.transforms.includes('callbacks')
      ? 'the callbacks transform did not convert it'
      : 'the callbacks transform, which converts its callback, did not run';
  ctx.report.skipped(fn, 'loop-keeps-callback', `the loop of ${name}(…) stays callback-style: ${why}`);
}

/** Async functions that mention their own name, with the function they are declared in. */
function recursiveAsyncFunctions(program: Node): Array<{ fn: Node; name: string; owner: Node | null }> {
  const found: Array<{ fn: Node; name: string; owner: Node | null }> = [];
  const ancestors: Node[] = [];
  const visit = (node: Node) => {
    if (isFunction(node) && node.async) {
      const name = selfName(node, ancestors[ancestors.length - 1] ?? null, ancestors[ancestors.length - 2] ?? null);
      const owner = ancestors.length >= 2 && isFunction(ancestors[ancestors.length - 2]) ? ancestors[ancestors.length - 2] : null;
      if (name) found.push({ fn: node, name, owner });
    }
    ancestors.push(node);
    forEachChild(node, visit);
    ancestors.pop();
  };
  visit(program);
  return found;
}
