/**
 * The callbacks transform: lifts error-first callbacks into `await` and turns functions that take
 * a completion callback into `async` functions, all or nothing per function.
 *
 * Recipe, repeated until stable:
 *   1. assume every candidate function converts;
 *   2. lift the bodies of candidates and of functions that are already async;
 *   3. check each candidate calls back exactly once at the end of every path, and that every
 *      reference to it was converted with it;
 *   4. any failure: roll everything back, drop the failing candidates, try again.
 */
import type { JSCodeshift } from 'jscodeshift';
import { collectNames, isFunction, isLoop, walk, type Node } from '../lib/ast';
import { readModuleBindings, type ModuleBindings } from '../lib/module-bindings';
import { ModuleImports } from '../lib/module-imports';
import type { AwaitifyTransform, TransformContext } from '../lib/plugin';
import { Transaction } from '../lib/transaction';
import { removeUnusedCoreBindings, usedNames } from '../lib/unused-bindings';
import { wrapExports } from './callback-api';
import { findArgumentShuffle, removeArgumentShuffle, type ArgumentShuffle } from './argument-shuffle';
import { callsBackLaterForSure } from './callback-timing';
import { findFunctions, type Candidate } from './candidates';
import { checkCompletion, rewriteCompletions, type CompletionFailure } from './completion';
import { Lifter, type LiftEnv } from './lift';
import { hoistAnchor, isKnownErrorFirstCall, promiseSourceFor, type ConvertedCallee } from './promise-source';
import { matchCallbackSite, type CallbackSite } from './site';
import { findImportUses, importedCallee, type ImportUseSite } from './imports';
import { promiseApiLookup } from './promise-apis';
import { removeRethrowingCatches } from './simplify';
import { describeEnds, prepareTapeTests, restoreUnconverted, type TapeTests } from './tape';

const MAX_ROUNDS = 20;

interface SiteRecord {
  kind: 'converted' | 'skipped' | 'note';
  node: Node;
  code: string;
  message: string;
}

interface Round {
  tx: Transaction;
  records: SiteRecord[];
  /** Calls converted with their callee (awaited or passed through). */
  liftedCalls: Set<Node>;
  /** Candidates that cannot convert, with why. */
  blamed: Map<Candidate, CompletionFailure>;
  changed: boolean;
}

export const callbacksTransform: AwaitifyTransform = {
  name: 'callbacks',
  description: 'Lift error-first callbacks into await and callback-taking functions into async functions',
  run(ctx) {
    const { j, root } = ctx;
    const program = root.get().node.program;
    // Read before anything is edited: every round starts again from this tree (the one before is
    // rolled back), and adds only fresh names at the top level.
    const bindings = readModuleBindings(program, ctx.moduleKind);
    const tape = ctx.promiseTests ? prepareTapeTests(j, program, bindings, ctx.report) : undefined;
    try {
      return convertFile(ctx, program, bindings, tape);
    } finally {
      if (tape) restoreUnconverted(tape);
    }
  },
};

function convertFile(ctx: TransformContext, program: Node, bindings: ModuleBindings, tape: TapeTests | undefined): boolean {
  const { j, root } = ctx;
  const { candidates, asyncFunctions } = findFunctions(j, root, ctx.promiseTests, tape);
  // Messages name a tape test's stand-in parameter `t.end`.
  const describe = (message: string) => (tape ? describeEnds(tape, message) : message);
  const usedBefore = usedNames(program);
  const importUses = findImportUses(program, bindings, ctx.project.resolutions[ctx.filename]);
  if (candidates.length === 0 && asyncFunctions.length === 0) {
    reportUnconvertedSites(ctx, bindings, new Set(), new Set(), new Map(), new Map());
    recordFacts(ctx, [], new Set(), importUses, new Set());
    return false;
  }
  let active = new Set(candidates);
  const dropped = new Map<Candidate, CompletionFailure>();
  for (const candidate of candidates) {
    const keepReason = keptByProject(ctx, candidate);
    if (!keepReason) continue;
    dropped.set(candidate, { reason: 'callers-not-convertible', message: keepReason, node: candidate.fn });
    active.delete(candidate);
  }
  // What is certain without lifting anything is settled first: every extra round redoes all.
  for (const [candidate, failure] of staticallyBlocked(active, new Set(asyncFunctions))) {
    dropped.set(candidate, failure);
    active.delete(candidate);
  }
  // A site skipped in a round that was rolled back keeps its precise reason for the report.
  const earlierSkips = new Map<Node, SiteRecord>();
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const attempt = tryRound(ctx, program, bindings, usedBefore, active, asyncFunctions, dropped.keys());
    if (attempt.blamed.size === 0) {
      for (const record of attempt.records) ctx.report[record.kind](record.node, record.code, describe(record.message));
      for (const [candidate, failure] of dropped) {
        const keeps = candidate.tape ? `keeps ${candidate.tape.testObject}.end` : 'keeps its callback';
        ctx.report.skipped(failure.node ?? candidate.fn, failure.reason, `${candidate.label} ${keeps}: ${describe(failure.message)}`);
      }
      const handled = new Set(attempt.records.map((r) => r.node));
      reportUnconvertedSites(ctx, bindings, handled, new Set([...active].map((c) => c.fn)), dropped, earlierSkips);
      recordFacts(ctx, candidates, active, importUses, attempt.liftedCalls);
      return attempt.changed;
    }
    attempt.tx.rollback();
    for (const record of attempt.records) {
      if (record.kind === 'skipped' && !earlierSkips.has(record.node)) earlierSkips.set(record.node, { ...record, message: describe(record.message) });
    }
    for (const [candidate, failure] of attempt.blamed) {
      dropped.set(candidate, failure);
      active.delete(candidate);
    }
    active = new Set(active);
  }
  throw new Error('the callbacks transform did not settle');
}

/**
 * Functions that keep their callback are lifted once anyway, inside a savepoint that is rolled
 * back, so each of their sites is reported with its own reason (`error-handling-shape`, …).
 */
function probeDroppedFunctions(env: LiftEnv, program: Node, dropped: Iterable<Candidate>, records: SiteRecord[]): void {
  const reported = new Set(records.map((r) => r.node));
  const probeEnv: LiftEnv = {
    ...env,
    // Its own import bookkeeping: what the probe adds is rolled back and must not be reused.
    imports: new ModuleImports(env.j, program, env.bindings, new Set(env.names), env.tx),
    outcome: {
      converted: () => {},
      note: () => {},
      skipped: (site, reason, message) => {
        if (!reported.has(site.call)) records.push({ kind: 'skipped', node: site.call, code: reason, message });
        reported.add(site.call);
      },
    },
  };
  for (const candidate of dropped) {
    const mark = env.tx.mark();
    if (candidate.fn.body.type === 'BlockStatement') new Lifter(probeEnv, { fn: candidate.fn, mode: 'convert', callbackName: candidate.callbackName, tapeObject: candidate.tape?.testObject }).liftBody();
    env.tx.rollbackTo(mark);
  }
}

function tryRound(
  ctx: TransformContext,
  program: Node,
  bindings: ModuleBindings,
  usedBefore: Set<string>,
  active: Set<Candidate>,
  asyncFunctions: Node[],
  dropped: Iterable<Candidate>,
): Round {
  const { j } = ctx;
  const tx = new Transaction();
  const records: SiteRecord[] = [];
  const blamed = new Map<Candidate, CompletionFailure>();
  const names = collectNames(program);
  const imports = new ModuleImports(j, program, bindings, names, tx);
  const convertedCalls = new Map<Node, Candidate>();
  // Read before this round edits anything (each round starts from the untouched tree).
  const callsBackLater = new Map<Candidate, boolean>();
  for (const candidate of active) {
    for (const reference of candidate.references) if (reference.kind === 'call') convertedCalls.set(reference.call, candidate);
    callsBackLater.set(candidate, !candidate.mayCallBackSynchronously && callsBackLaterForSure(candidate.fn, candidate.callbackName, bindings));
  }
  const liftedCalls = new Set<Node>();
  const siteFailures = new Map<Node, string>();

  const env: LiftEnv = {
    j,
    tx,
    names,
    typescript: /\.[cm]?tsx?$/.test(ctx.filename),
    bindings,
    imports,
    convertedCallee: (call): ConvertedCallee | null => {
      const candidate = convertedCalls.get(call);
      // A callback handed to a cache or a library may come back at once: timing unknown.
      if (candidate) return { name: candidate.name, resultCount: candidate.resultCount, mayCallBackSynchronously: !callsBackLater.get(candidate) };
      const imported = importedCallee(call, bindings, ctx.project.resolutions[ctx.filename]);
      const facts = imported && ctx.project.exports[imported.file]?.[imported.name];
      // Across files the timing is unknown: never assume the callee always called back later.
      return facts?.convertsToAsync ? { name: imported!.name, resultCount: facts.resultCount, mayCallBackSynchronously: true } : null;
    },
    promiseApi: promiseApiLookup(ctx),
    hoistAnchor: (name) => hoistAnchor(program, bindings, name),
    outcome: {
      converted(site: CallbackSite, via: string) {
        liftedCalls.add(site.call);
        records.push({ kind: 'converted', node: site.call, code: 'callback-to-await', message: `callback lifted into await (${via})` });
      },
      skipped(site: CallbackSite, reason: string, message: string) {
        siteFailures.set(site.call, `${reason}: ${message}`);
        records.push({ kind: 'skipped', node: site.call, code: reason, message });
      },
      note(site: CallbackSite, code: string, message: string) {
        records.push({ kind: 'note', node: site.call, code, message });
      },
    },
  };

  for (const fn of asyncFunctions) new Lifter(env, { fn, mode: 'async', callbackName: null }).liftBody();
  probeDroppedFunctions(env, program, dropped, records);
  for (const candidate of active) {
    const callbackIndex = candidate.fn.params.length - 1;
    const shuffle = findArgumentShuffle(candidate.fn, candidate.callbackName);
    const failure = convertCandidate(j, env, candidate, liftedCalls, shuffle);
    if (failure) {
      blamed.set(candidate, failure);
      continue;
    }
    const keepApi = keepsCallbackApi(ctx, candidate);
    if (keepApi && candidate.mayCallBackSynchronously) {
      // The wrapper always calls back later: callers that keep passing a callback would see
      // their callback move after code that used to follow it.
      blamed.set(candidate, {
        reason: 'callers-not-convertible',
        message: `${keepApi}, and it calls back synchronously on some path, which a callback API over a promise cannot keep`,
        node: candidate.fn,
      });
      continue;
    }
    if (keepApi && shuffle) {
      // The wrapper finds the callback at one position; a shuffle lets callers pass it earlier.
      blamed.set(candidate, {
        reason: 'callers-not-convertible',
        message: `${keepApi}, and its optional ${shuffle.param.name} argument lets callers pass the callback in another position, which the callback API wrapper cannot follow`,
        node: candidate.fn,
      });
      continue;
    }
    if (keepApi && !wrapExports(j, tx, imports, candidate, env.typescript, callbackIndex)) {
      blamed.set(candidate, {
        reason: 'callers-not-convertible',
        message: `${keepApi}, and an ES export declaration cannot keep a callback API`,
        node: candidate.fn,
      });
      continue;
    }
    records.push({ kind: 'converted', node: candidate.fn, code: 'async-function', message: convertedMessage(candidate, keepApi) });
    if (candidate.exported && !keepApi) {
      records.push({
        kind: 'note',
        node: candidate.fn,
        code: 'exported-api-changed',
        message: `${candidate.label} is exported: callers outside the migrated files must await it now (or run with --keep-api)`,
      });
    }
    if (shuffle) {
      records.push({
        kind: 'note',
        node: shuffle.statement,
        code: 'optional-argument-default',
        message: `the optional ${shuffle.param.name} argument became a default parameter: a caller that passes undefined explicitly now gets the default too`,
      });
    }
    if (candidate.mayCallBackSynchronously) {
      records.push({
        kind: 'note',
        node: candidate.fn,
        code: 'sync-callback-now-async',
        message: `${candidate.label} called ${candidate.callbackName} synchronously on some path; the async function always settles later`,
      });
    }
  }
  for (const candidate of active) {
    if (blamed.has(candidate)) continue;
    const failure = unconvertibleReference(candidate, liftedCalls, siteFailures);
    if (failure) blamed.set(candidate, failure);
  }
  if (blamed.size === 0) removeUnusedCoreBindings(tx, program, bindings, usedBefore);
  return { tx, records, liftedCalls, blamed, changed: records.some((r) => r.kind === 'converted') };
}

/**
 * Candidates whose callers certainly cannot await them, found without lifting: a caller that
 * uses the synchronous result or the function as a value, or whose call sits in a loop, at the
 * top level, or in a function that is neither async nor converting (itself decided here, to a
 * fixed point).
 */
function staticallyBlocked(active: Set<Candidate>, asyncFunctions: Set<Node>): Map<Candidate, CompletionFailure> {
  const blocked = new Map<Candidate, CompletionFailure>();
  const converting = new Set([...active].map((c) => c.fn));
  for (let changed = true; changed; ) {
    changed = false;
    for (const candidate of active) {
      if (blocked.has(candidate)) continue;
      const failure = staticBlocker(candidate, (fn) => asyncFunctions.has(fn) || converting.has(fn));
      if (!failure) continue;
      blocked.set(candidate, failure);
      converting.delete(candidate.fn);
      changed = true;
    }
  }
  return blocked;
}

function staticBlocker(candidate: Candidate, canAwait: (fn: Node) => boolean): CompletionFailure | null {
  if (candidate.escapes) return { ...candidate.escapes, message: candidate.escapes.message };
  for (const reference of candidate.references) {
    if (reference.kind === 'export') continue;
    const line = reference.node.loc?.start.line ?? '?';
    const fail = (reason: string, why: string): CompletionFailure => ({ reason, message: `the caller at line ${line} ${why}`, node: candidate.fn });
    if (reference.kind === 'value') return fail('used-as-value', 'uses it as a value');
    if (reference.valueUsed) return fail('sync-return-value-used', 'uses its synchronous return value');
    if (reference.inLoop) return fail('callers-not-convertible', 'calls it in a loop');
    if (!reference.enclosingFunction) return fail('callers-not-convertible', 'is top-level code');
    if (!canAwait(reference.enclosingFunction)) return fail('callers-not-convertible', 'is in a function that stays callback-style');
  }
  return null;
}

/** The project phase found a caller in another file that cannot await this export. */
function keptByProject(ctx: TransformContext, candidate: Candidate): string | undefined {
  const exports = ctx.project.exports[ctx.filename];
  if (!exports) return undefined;
  for (const name of candidate.exportNames) {
    const keepReason = exports[name]?.keepReason;
    if (keepReason) return keepReason;
  }
  return undefined;
}

/** What other files depend on: which exports convert, and how this file uses imported functions. */
function recordFacts(
  ctx: TransformContext,
  candidates: Candidate[],
  active: Set<Candidate>,
  importUses: ImportUseSite[],
  liftedCalls: Set<Node>,
): void {
  for (const candidate of candidates) {
    for (const name of candidate.exportNames) {
      ctx.facts.exports[name] = { converts: active.has(candidate), resultCount: candidate.resultCount };
    }
  }
  for (const use of importUses) {
    ctx.facts.imports.push({
      file: use.file,
      name: use.name,
      liftable: !!use.call && liftedCalls.has(use.call),
      valueUsed: !!use.call && !!use.valueUsed,
      line: use.node.loc?.start.line ?? 0,
    });
  }
}

function convertedMessage(candidate: Candidate, keepApi: string | null): string {
  const api = keepApi
    ? `; it stays callable with a callback (${keepApi})`
    : candidate.exported
      ? '; exported: its callers outside the migrated files must await it now'
      : '';
  return `${candidate.label} became an async function${api}`;
}

/** Why the export keeps a callback API: `--keep-api`, or a caller in another file; null: it does not. */
function keepsCallbackApi(ctx: TransformContext, candidate: Candidate): string | null {
  if (candidate.classWrapper) return candidate.classWrapper.reason;
  if (!candidate.exported) return null;
  if (ctx.options.keepApi) return '--keep-api';
  for (const name of candidate.exportNames) {
    const reason = ctx.project.exports[ctx.filename]?.[name]?.keepCallbackApi;
    if (reason) return reason;
  }
  return null;
}

/** Lifts the candidate's body, checks its completion callback, rewrites it into return/throw. */
function convertCandidate(
  j: JSCodeshift,
  env: LiftEnv,
  candidate: Candidate,
  liftedCalls: Set<Node>,
  shuffle: ArgumentShuffle | null,
): CompletionFailure | null {
  const { fn, callbackName } = candidate;
  const { tx } = env;
  // Callers of the async function never pass a callback: the shuffle has nothing left to do.
  if (shuffle) removeArgumentShuffle(j, tx, fn, shuffle);
  if (fn.body.type !== 'BlockStatement') tx.set(fn, 'body', j.blockStatement([j.returnStatement(fn.body)]));
  new Lifter(env, { fn, mode: 'convert', callbackName, tapeObject: candidate.tape?.testObject }).liftBody();
  const failure = checkCompletion(fn, callbackName);
  if (failure) return failure;
  const rewrite = rewriteCompletions(j, tx, fn, callbackName, (call) => {
    const source = promiseSourceFor(call, 1, env);
    if ('skip' in source) return source;
    liftedCalls.add(call);
    return source.expression;
  });
  if ('failure' in rewrite) return rewrite.failure;
  removeRethrowingCatches(tx, fn);
  const callbackParam = fn.params[fn.params.length - 1];
  tx.splice(fn.params, fn.params.length - 1, 1);
  tx.set(fn, 'async', true);
  updateReturnType(j, tx, fn, callbackParam, rewrite.resultCount);
  if (fn.type === 'ArrowFunctionExpression' && fn.body.body.length === 1 && fn.body.body[0].type === 'ReturnStatement' && fn.body.body[0].argument) {
    tx.set(fn, 'body', fn.body.body[0].argument);
  }
  return null;
}

/** TypeScript: `(…, cb: (err: Error | null, user?: User) => void): void` -> `Promise<User>`. */
function updateReturnType(j: JSCodeshift, tx: Transaction, fn: Node, callbackParam: Node, resultCount: number | null): void {
  const callbackType = callbackParam.typeAnnotation?.typeAnnotation;
  if (!fn.returnType && !callbackType) return;
  let resultType: Node = j.tsVoidKeyword();
  if (callbackType?.type === 'TSFunctionType') {
    const params = callbackType.parameters ?? callbackType.params ?? [];
    const results = params.slice(1).map((param: Node) => param.typeAnnotation?.typeAnnotation ?? j.tsAnyKeyword());
    // Several results arrive as an array: `cb(null, a, b)` -> `return [a, b]` -> a tuple.
    if (resultCount !== null && resultCount > 1) resultType = j.tsTupleType(results.slice(0, resultCount));
    else if (results[0]) resultType = results[0];
  } else if (callbackType) {
    tx.set(fn, 'returnType', null);
    return;
  }
  tx.set(fn, 'returnType', j.tsTypeAnnotation(j.tsTypeReference(j.identifier('Promise'), j.tsTypeParameterInstantiation([resultType]))));
}

/** Every reference to a converting function must be converted with it (or be an export). */
function unconvertibleReference(candidate: Candidate, liftedCalls: Set<Node>, siteFailures: Map<Node, string>): CompletionFailure | null {
  for (const reference of candidate.references) {
    if (reference.kind === 'export') continue;
    if (reference.kind === 'call' && liftedCalls.has(reference.call)) continue;
    const line = reference.node.loc?.start.line;
    if (reference.kind === 'call' && reference.valueUsed) {
      return { reason: 'sync-return-value-used', message: `the caller at line ${line ?? '?'} uses its synchronous return value`, node: candidate.fn };
    }
    const why = reference.kind === 'value' ? 'it is used as a value' : (siteFailures.get(reference.call) ?? 'that call cannot be converted');
    return {
      reason: reference.kind === 'value' ? 'used-as-value' : 'callers-not-convertible',
      message: `a caller at line ${line ?? '?'} cannot await it (${why})`,
      node: candidate.fn,
    };
  }
  return null;
}

/**
 * Sites that no round looked at (in functions that stay callback-style, at the top level, in
 * loops): reported once each, outermost first, so the report says what was left alone and why.
 */
function reportUnconvertedSites(
  ctx: TransformContext,
  bindings: ModuleBindings,
  handled: Set<Node>,
  convertedFunctions: Set<Node>,
  dropped: Map<Candidate, CompletionFailure>,
  earlierSkips: Map<Node, SiteRecord>,
): void {
  const { root } = ctx;
  const lookup = { bindings, convertedCallee: () => null, promiseApi: promiseApiLookup(ctx) };
  const isKnown = (call: Node) => isKnownErrorFirstCall(call, lookup);
  const droppedByFn = new Map([...dropped].map(([candidate, failure]) => [candidate.fn, failure]));
  const visit = (node: Node, fn: Node | null, inLoop: boolean) => {
    walk(node, (child) => {
      if (child === node) return true;
      if (isFunction(child)) {
        visit(child, child, false);
        return false;
      }
      if (isLoop(child)) {
        visit(child, fn, true);
        return false;
      }
      const site = /Statement$/.test(child.type) ? matchCallbackSite(child, isKnown) : null;
      if (!site) return true;
      if (!handled.has(site.call)) {
        const earlier = earlierSkips.get(site.call);
        const [code, message] = earlier ? [earlier.code, earlier.message] : unconvertedReason(ctx, fn, inLoop, convertedFunctions, droppedByFn);
        ctx.report.skipped(site.call, code, message);
      }
      return false;
    });
  };
  visit(root.get().node.program, null, false);
}

function unconvertedReason(
  ctx: TransformContext,
  fn: Node | null,
  inLoop: boolean,
  convertedFunctions: Set<Node>,
  droppedByFn: Map<Node, CompletionFailure>,
): [string, string] {
  if (!fn) {
    return ctx.moduleKind === 'commonjs'
      ? ['top-level-commonjs', 'top-level code in CommonJS cannot await']
      : ['top-level', 'top-level callbacks are left as they are'];
  }
  if (inLoop) return ['inside-loop', 'a callback started in a loop runs concurrently with the next iteration'];
  if (fn.async || convertedFunctions.has(fn)) return ['not-at-end-of-path', 'the call is not the last step of its path'];
  const dropped = droppedByFn.get(fn);
  if (dropped) return ['enclosing-function-not-converted', `the enclosing function keeps its callback (${dropped.reason})`];
  return ['enclosing-function-not-async', 'the enclosing function is neither async nor a callback-taking function that converts'];
}
