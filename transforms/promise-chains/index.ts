/**
 * The promise-chains transform: `return p.then(f).catch(g)` and `await p.then(f)` become
 * sequential `await`s with `try`/`catch`, the enclosing function `async` where that changes
 * nothing for its callers.
 *
 * Each pass converts at most one chain per function (converting moves code, so the rest of that
 * function is looked at again in the next pass); chains returned from handlers come out as
 * returned chains of their own and convert in a later pass. Every chain left is reported with why.
 */
import type { JSCodeshift } from 'jscodeshift';
import { hoistAnchor } from '../callbacks/promise-source';
import { promiseApiLookup } from '../callbacks/promise-apis';
import { collectNames, type Node } from '../lib/ast';
import { readModuleBindings } from '../lib/module-bindings';
import { ModuleImports } from '../lib/module-imports';
import { isGenerated } from '../lib/snippets';
import { replaceStatement, statementList } from '../lib/statements';
import { Transaction } from '../lib/transaction';
import { removeUnusedCoreBindings, usedNames } from '../lib/unused-bindings';
import type { AwaitifyTransform, TransformContext } from '../lib/plugin';
import { asyncProblem, throwsSynchronously, type Problem } from './async-function';
import { readChain, type Step } from './chain';
import { canCompleteNormally } from './completion';
import { ChainEmitter, type Sink } from './emit';
import { handlerProblem, hasOnlyTailReturn, ownReturns } from './handler';
import { localFunctionNames, renameClashes, type InlinedHandler } from './names';
import { collapseWrappers } from './promise-wrapper';
import { findChainSites, type ChainSite } from './sites';

const MAX_PASSES = 50;
const MENTIONS_CHAIN = /\.\s*(then|catch|finally)\s*\(/;
const MENTIONS_PROMISE_CONSTRUCTOR = /new\s+Promise\b/;

export const promiseChainsTransform: AwaitifyTransform = {
  name: 'promise-chains',
  description: 'Promise chains (then/catch/finally) into await with try/catch',
  run(ctx) {
    const program = ctx.root.get().node.program;
    let changed = MENTIONS_PROMISE_CONSTRUCTOR.test(ctx.source) && collapsePromiseWrappers(ctx, program);
    if (!MENTIONS_CHAIN.test(ctx.source)) return changed;
    let skips = new Map<Node, Problem>();
    for (let pass = 0; pass < MAX_PASSES; pass += 1) {
      skips = new Map();
      const convertedChains = new Set<Node>();
      const changedFunctions = new Set<Node | null>();
      const isLocalFunction = (() => {
        const names = localFunctionNames(program);
        return (name: string) => names.has(name);
      })();
      for (const site of findChainSites(program)) {
        // Written by an earlier transform of the pipeline (the callbackApi helper): not the user's chain.
        if (isGenerated(site.call, program)) continue;
        // Edited this pass: its surroundings moved, look again next pass.
        if (changedFunctions.has(site.fn) || site.ancestors.some((a) => convertedChains.has(a))) continue;
        const outcome = convertSite(ctx, program, site, isLocalFunction);
        if (outcome === null) continue;
        if ('skip' in outcome) {
          skips.set(site.call, outcome);
          continue;
        }
        convertedChains.add(site.call);
        changedFunctions.add(site.fn);
      }
      if (convertedChains.size === 0) break;
      changed = true;
    }
    for (const [call, problem] of skips) ctx.report.skipped(call, problem.skip, problem.message);
    return changed;
  },
};

/** Hand-written promisify wrappers first: what they become may be awaited by a chain after. */
function collapsePromiseWrappers(ctx: TransformContext, program: Node): boolean {
  const { j } = ctx;
  const bindings = readModuleBindings(program, ctx.moduleKind);
  const usedBefore = usedNames(program);
  const tx = new Transaction();
  const names = collectNames(program);
  const outcomes = collapseWrappers(program, {
    j,
    bindings,
    imports: new ModuleImports(j, program, bindings, new Set(names), tx),
    convertedCallee: () => null,
    promiseApi: promiseApiLookup(ctx),
    // `function loadAsync() { return new Promise(… load(cb) …) }` already owns the helper's name:
    // `promisify(load)()` in place reads better than a `loadAsync2` next to it.
    hoistAnchor: (name) => (names.has(`${name}Async`) ? null : hoistAnchor(program, bindings, name)),
  });
  for (const outcome of outcomes) {
    if (outcome.converted) ctx.report.converted(outcome.node, outcome.code, outcome.message);
    else ctx.report.skipped(outcome.node, outcome.code, outcome.message);
  }
  const changed = outcomes.some((o) => o.converted);
  if (changed) removeUnusedCoreBindings(tx, program, bindings, usedBefore);
  return changed;
}

/** Converts one chain in place; null when there is nothing to do (`p.then()`). */
function convertSite(ctx: TransformContext, program: Node, site: ChainSite, isLocalFunction: (name: string) => boolean): Problem | { converted: true } | null {
  const { j } = ctx;
  if (typeof site.sink !== 'string') return site.sink;
  const chain = readChain(site.call, isLocalFunction);
  if ('skip' in chain) return chain;
  if (chain.steps.length === 0) return null;
  const { fn } = site;
  if (site.sink === 'return') {
    if (!fn) return { skip: 'chain-not-awaited', message: 'a chain at the top level' };
    const parent = site.ancestors[site.ancestors.indexOf(fn) - 1] ?? null;
    const problem = asyncProblem(fn, program, parent) ?? (site.awaited ? null : insideTry(site));
    if (problem) return problem;
  }
  const handlerSkip = stepsProblem(chain.steps, site.sink);
  if (handlerSkip) return handlerSkip;

  // Everything is checked: edit from here on.
  const scope = fn ?? program;
  const taken = collectNames(scope);
  renameClashes(j, scope, landingBlock(site), inlinedHandlers(chain.steps), taken);
  const emitter = new ChainEmitter(j, chain, taken);
  const becomesAsync = !!fn && !fn.async;
  // Looked for before the handlers (whose throws already rejected) are inlined into the body.
  const thrown = becomesAsync ? throwsSynchronously(fn) : null;
  const statements = emitter.emit(sinkFor(site));
  place(j, site, statements);
  if (becomesAsync) {
    fn.async = true;
    if (thrown) {
      const what = thrown.type === 'ThrowStatement' ? 'this error was thrown synchronously' : 'a destructured or default parameter can throw synchronously (a missing argument)';
      ctx.report.note(thrown, 'sync-throw-now-rejects', `${what} by a function that returned a promise; the async function now rejects with it`);
    }
  }
  ctx.report.converted(site.call, 'chain-to-await', `promise chain of ${chain.steps.length} step${chain.steps.length === 1 ? '' : 's'} into await`);
  return { converted: true };
}

/** A `return chain` inside `try`: the chain's rejection skipped that `catch`, its awaits would not. */
function insideTry(site: ChainSite): Problem | null {
  return isInsideTry(site) ? { skip: 'return-inside-try', message: 'the returned chain is inside a try block, whose handlers its rejection bypassed' } : null;
}

function isInsideTry(site: ChainSite): boolean {
  const from = site.fn ? site.ancestors.indexOf(site.fn) : 0;
  return site.ancestors.slice(from).some((node) => node.type === 'TryStatement');
}

/** Why some handler cannot be inlined where `sink` puts it, or null. */
function stepsProblem(steps: Step[], sink: ChainSite['sink']): Problem | null {
  for (const [index, step] of steps.entries()) {
    // The last handler of a returned chain may return from anywhere: its returns stay returns.
    // So may one followed only by `.catch`/`.finally`: it is inlined into their `try` block.
    const returnsAnywhere = sink === 'return' && steps.slice(index + 1).every((later) => later.kind === 'catch' || later.kind === 'finally');
    const handlers = step.kind === 'then' ? [step.onFulfilled] : step.kind === 'catch' ? [step.onRejected] : step.kind === 'finally' ? [step.onFinally] : [step.onFulfilled, step.onRejected];
    if (step.kind === 'then-both' && !returnsAnywhere) {
      return { skip: 'then-with-two-handlers', message: '`.then(ok, fail)` converts only in a returned chain, followed by nothing but `.catch`/`.finally`' };
    }
    for (const handler of handlers) {
      if (handler.kind !== 'inline') continue;
      const problem = handlerProblem(handler.fn, step.kind === 'finally' ? 0 : 1);
      if (problem) return problem;
      if (step.kind === 'finally' && ownReturns(handler.fn).length > 0) {
        return { skip: 'finally-handler-returns', message: 'a `.finally` handler returns a value; inside a finally block that return would replace the result' };
      }
      if (step.kind !== 'finally' && !returnsAnywhere && !hasOnlyTailReturn(handler.fn)) {
        return { skip: 'early-return-in-handler', message: 'a handler whose value the next step needs returns before its end' };
      }
      const param = handler.fn.params[0];
      const annotation = param?.typeAnnotation?.typeAnnotation?.type;
      const errorParam = step.kind === 'catch' || (step.kind === 'then-both' && handler === step.onRejected);
      if (errorParam && annotation && annotation !== 'TSAnyKeyword' && annotation !== 'TSUnknownKeyword') {
        return { skip: 'handler-params', message: 'a catch clause parameter may only be typed `any` or `unknown`' };
      }
    }
  }
  return null;
}

function inlinedHandlers(steps: Step[]): InlinedHandler[] {
  const inlined: InlinedHandler[] = [];
  for (const step of steps) {
    if (step.kind === 'then' || step.kind === 'then-both') {
      if (step.onFulfilled.kind === 'inline') inlined.push({ fn: step.onFulfilled.fn, sharesBlock: true });
    }
    const own = step.kind === 'catch' || step.kind === 'then-both' ? step.onRejected : step.kind === 'finally' ? step.onFinally : null;
    if (own?.kind === 'inline') inlined.push({ fn: own.fn, sharesBlock: false });
  }
  return inlined;
}

/**
 * Where the chain's statements land, for name clashes: the list holding its statement (a
 * function's own body, a catch clause's block: with the parameters, which a `const` may not
 * redeclare), or the statement alone when `place` gives it a block of its own.
 */
function landingBlock(site: ChainSite): Node {
  const { fn, statement, ancestors } = site;
  if (!statement) return fn;
  const container = ancestors[ancestors.lastIndexOf(statement) - 1];
  if (container === fn?.body) return fn;
  if (container.type === 'BlockStatement' && ancestors[ancestors.lastIndexOf(container) - 1]?.type === 'CatchClause') return ancestors[ancestors.lastIndexOf(container) - 1];
  return container.type === 'SwitchCase' || Array.isArray(container.body) ? container : statement;
}

function sinkFor(site: ChainSite): Sink {
  // `return await chain` inside `try` keeps awaiting what it returns, so the `catch` still sees it.
  if (site.sink === 'return') return { kind: 'return', inTry: site.awaited && isInsideTry(site) };
  if (site.sink === 'discard') return { kind: 'discard' };
  const declaration = site.statement!;
  return { kind: 'declare', declKind: declaration.kind === 'let' ? 'let' : 'const', id: declaration.declarations[0].id };
}

/** Puts the statements where the chain's statement (or an arrow's expression body) was. */
function place(j: JSCodeshift, site: ChainSite, statements: Node[]): void {
  const { fn, statement } = site;
  if (!statement) {
    fn.body = j.blockStatement(statements);
    return;
  }
  if (statement.comments?.length && statements.length) statements[0].comments = statement.comments;
  const container = site.ancestors[site.ancestors.lastIndexOf(statement) - 1];
  const list = statementList(container);
  const endsFunction = !!list && !!fn && list === fn.body.body && list[list.length - 1] === statement;
  if (site.sink === 'return' && !endsFunction && canCompleteNormally(statements)) statements.push(j.returnStatement(null));
  // `case 'a': const x = …` would share one scope with every other case: give the case a block.
  const lexical = statements.some((s) => s.type === 'ClassDeclaration' || (s.type === 'VariableDeclaration' && s.kind !== 'var'));
  if (list && container.type === 'SwitchCase' && lexical) {
    list.splice(list.indexOf(statement), 1, j.blockStatement(statements));
    return;
  }
  replaceStatement(j, container, statement, statements);
}

