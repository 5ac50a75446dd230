/**
 * The caolan-async transform: awaited calls of the `async` library (v3) become native code.
 * `await async.waterfall([…])`, `return async.series([…])`, and the
 * `promisify(async.waterfall).call(async, […])` the callbacks transform leaves for a function
 * that passed its callback to the library, turn into sequential awaits, `Promise.all`, loops, or
 * a small helper where a limit or retries must be kept. Each task converts as the callbacks
 * transform converts a callback-taking function; a task it cannot prove safe leaves the whole
 * call as it was, reported with why.
 *
 * A converted call moves code (inlined tasks may hold more library calls), so after each one the
 * file is looked at again; every call left at the end is reported with the reason it was skipped.
 */
import type { JSCodeshift } from 'jscodeshift';
import { collectNames, isIdentifier, isPropertyName, walk, type Node } from '../lib/ast';
import { canCompleteNormally } from '../promise-chains/completion';
import { ownReturns } from '../promise-chains/handler';
import { readModuleBindings } from '../lib/module-bindings';
import { ModuleImports } from '../lib/module-imports';
import type { AwaitifyTransform, TransformContext } from '../lib/plugin';
import { replaceStatement, statementList } from '../lib/statements';
import { Transaction } from '../lib/transaction';
import { removeUnusedCoreBindings, usedNames } from '../lib/unused-bindings';
import { hoistAnchor } from '../callbacks/promise-source';
import { promiseApiLookup } from '../callbacks/promise-apis';
import { asyncProblem, throwsSynchronously } from '../promise-chains/async-function';
import { detectStyle } from '../../engine/source-style';
import { HELPERS, helperSource } from './helpers';
import { BUILDERS, type Plan, type Tools } from './idioms';
import { awaited, valueStatements } from './inline';
import { ARITY, LIBRARY, autoHasCallback, readPromisifiedHelpers } from './library';
import { findSites, type Site } from './sites';
import type { Skip, TaskEnv } from './tasks';

const MAX_PASSES = 50;
const MENTIONS_LIBRARY = /(['"])async\1/;

interface Outcome {
  kind: 'converted' | 'skipped' | 'note';
  node: Node;
  code: string;
  message: string;
}

export const caolanAsyncTransform: AwaitifyTransform = {
  name: 'caolan-async',
  description: 'caolan async (waterfall, series, parallel, each, map, …) into sequential awaits, Promise.all and loops',
  run(ctx) {
    if (!MENTIONS_LIBRARY.test(ctx.source)) return false;
    const program = ctx.root.get().node.program;
    const bindingsBefore = readModuleBindings(program);
    const usedBefore = usedNames(program);
    let changed = false;
    // A call skipped once stays skipped: converting another call moves code, not what this one is.
    const skips = new Map<Node, Skip>();
    for (let pass = 0; pass < MAX_PASSES; pass += 1) {
      let converted = false;
      for (const site of findSites(program, readModuleBindings(program))) {
        if (skips.has(site.call)) continue;
        const outcome = convertSite(ctx, program, site);
        if ('skip' in outcome) {
          skips.set(site.call, outcome);
          continue;
        }
        for (const record of outcome) {
          if (record.kind !== 'note') supersedeSkips(ctx, record.node);
          ctx.report[record.kind](record.node, record.code, record.message);
        }
        converted = true;
        break;
      }
      if (!converted) break;
      changed = true;
    }
    for (const site of findSites(program, readModuleBindings(program))) {
      const skip = skips.get(site.call);
      if (skip) ctx.report.skipped(reportedNode(site), skip.skip, skip.message);
    }
    if (changed) {
      removeUnusedHelpers(program);
      removeUnusedCoreBindings(new Transaction(), program, bindingsBefore, usedBefore, [LIBRARY]);
    }
    return changed;
  },
};

/**
 * A call inside a task that the callbacks transform skipped (its function was not async then) is
 * looked at again now: the earlier skip is dropped, so the site is reported once, as what became of it.
 */
function supersedeSkips(ctx: TransformContext, node: Node): void {
  const start = node.loc?.start;
  if (!start) return;
  const sites = ctx.report.sites;
  for (let i = sites.length - 1; i >= 0; i -= 1) {
    if (sites[i].kind === 'skipped' && sites[i].line === start.line && sites[i].column === start.column) sites.splice(i, 1);
  }
}

/** `const seriesAsync = promisify(async.series)` left without a caller (its own name is its only mention). */
function removeUnusedHelpers(program: Node): void {
  for (const [name, { statement }] of readPromisifiedHelpers(program, readModuleBindings(program))) {
    let mentions = 0;
    walk(program, (node, parent) => {
      if (isIdentifier(node, name) && !isPropertyName(node, parent)) mentions += 1;
    });
    if (mentions <= 1) program.body.splice(program.body.indexOf(statement), 1);
  }
}

/** Why the call stays as it is, before looking at its tasks. */
function siteProblem(site: Site, program: Node): Skip | null {
  if (!site.known) return { skip: 'not-supported', message: `async.${site.method} has no rewrite` };
  if (!(site.method in BUILDERS)) {
    return { skip: 'no-await-form', message: `async.${site.method} makes a long-lived object or function, not one operation to await` };
  }
  if (hasFinalCallback(site)) {
    return { skip: 'final-callback', message: `async.${site.method} is called with a final callback; it converts once that call is awaited (the callbacks transform does that when its function converts)` };
  }
  if (!site.sink) {
    return site.statement
      ? { skip: 'not-awaited', message: `nothing waits for the promise of async.${site.method}; awaiting it would delay the code after it` }
      : { skip: 'result-used-as-value', message: `the promise of async.${site.method} is stored or passed on, not awaited or returned` };
  }
  if (!site.fn) return { skip: 'top-level', message: 'top-level code is left as it is' };
  if (site.sink.kind === 'return') {
    if (!site.fn.async) {
      const problem = asyncProblem(site.fn, program);
      if (problem && !(problem.skip === 'returns-non-promise' && returnsOnlyThis(site))) return { skip: 'enclosing-function-not-async', message: `the enclosing function cannot become async (${problem.skip}: ${problem.message})` };
    }
    const from = site.ancestors.indexOf(site.fn);
    if (site.ancestors.slice(from).some((node) => node.type === 'TryStatement')) {
      return { skip: 'return-inside-try', message: 'the returned call is inside a try block, whose catch its rejection bypassed' };
    }
  }
  return null;
}

/** The function's only return is this call (other paths throw): it returned the library's promise whenever it returned. */
function returnsOnlyThis(site: Site): boolean {
  const { fn, statement } = site;
  if (!statement) return true;
  if (fn.body.type !== 'BlockStatement') return false;
  const returns = ownReturns(fn);
  return returns.length === 1 && returns[0] === statement && !canCompleteNormally(fn.body.body);
}

function hasFinalCallback(site: Site): boolean {
  // util.promisify appends the callback itself.
  if (site.form === 'promisify') return false;
  const count = site.args.length;
  if (site.method === 'retry') return count >= 3 || (count === 2 && isFunctionNode(site.args[0]));
  if (site.method === 'auto') return autoHasCallback(site.args);
  return count > ARITY[site.method];
}

/** The name of the helper an earlier site of this run added (recognised by its doc comment), or null. */
function addedHelper(program: Node, name: string): string | null {
  const doc = HELPERS[name].slice(0, HELPERS[name].indexOf('*/'));
  for (const statement of program.body) {
    if (statement.type !== 'FunctionDeclaration' || !statement.id?.name.startsWith(name)) continue;
    const comments: Node[] = statement.comments ?? statement.leadingComments ?? [];
    if (comments.some((comment) => `/*${comment.value}`.startsWith(doc))) return statement.id.name;
  }
  return null;
}

function isFunctionNode(node: Node): boolean {
  return node?.type === 'FunctionExpression' || node?.type === 'ArrowFunctionExpression';
}

function convertSite(ctx: TransformContext, program: Node, site: Site): Outcome[] | Skip {
  const problem = siteProblem(site, program);
  if (problem) return problem;
  const { j } = ctx;
  const tx = new Transaction();
  const bindings = readModuleBindings(program, ctx.moduleKind);
  const names = collectNames(program);
  const imports = new ModuleImports(j, program, bindings, names, tx);
  const records: Outcome[] = [];
  const typescript = /\.[cm]?tsx?$/.test(ctx.filename);
  const env: TaskEnv = {
    j,
    tx,
    program,
    names,
    typescript,
    bindings,
    imports,
    convertedCallee: () => null,
    promiseApi: promiseApiLookup(ctx),
    hoistAnchor: (name) => hoistAnchor(program, bindings, name),
    outcome: {
      converted: (inner, via) => records.push({ kind: 'converted', node: inner.call, code: 'callback-to-await', message: `callback lifted into await (${via})` }),
      skipped: (inner, reason, message) => records.push({ kind: 'skipped', node: inner.call, code: reason, message }),
      note: (inner, code, message) => records.push({ kind: 'note', node: inner.call, code, message }),
    },
  };
  const style = detectStyle(ctx.source);
  const sink = site.sink!;
  const target = sink.kind === 'declare' && isIdentifier(sink.id) ? { name: sink.id.name, kind: sink.declKind } : null;
  const tools: Tools = {
    j,
    env,
    scope: site.fn,
    taken: names,
    helper: (name) => {
      // A second call site in the file reuses the helper the first one added.
      const added = addedHelper(program, name);
      if (added) return j.identifier(added);
      // Named after the library function it replaces: a property name (`async.retry`) does not clash.
      const variables = new Set([...usedNames(program), ...readModuleBindings(program).byLocalName.keys()]);
      const local = new ModuleImports(j, program, bindings, variables, tx).topLevelFunction(name, () => parseStatement(j, helperSource(name, typescript)));
      names.add(local.name);
      return local;
    },
    resultUsed: sink.kind !== 'discard',
    declaresResult: sink.kind === 'declare',
    target,
    firstResultOnly: site.form === 'promisify',
    pattern: sink.kind === 'declare' && !isIdentifier(sink.id) ? sink.id : null,
    declKind: sink.kind === 'declare' ? sink.declKind : 'const',
    print: (node) => j(node).toSource({ quote: style.quote, useTabs: style.useTabs, tabWidth: style.tabWidth, arrowParensAlways: true }),
    indent: style.useTabs ? '\t' : ' '.repeat(style.tabWidth),
  };
  const plan = BUILDERS[site.method](site.args, tools);
  if ('skip' in plan) {
    tx.rollback();
    // A task's callback "escapes" when a call inside it could not be lifted: say which and why.
    const inner = records.find((r) => r.kind === 'skipped');
    if (inner && plan.skip === 'callback-escapes') {
      return { skip: plan.skip, message: `${plan.message}; the call at line ${inner.node.loc?.start.line ?? '?'} stays a callback (${inner.code}: ${inner.message})` };
    }
    return plan;
  }
  place(j, tx, site, plan);
  const outcomes: Outcome[] = [{ kind: 'converted', node: reportedNode(site), code: 'caolan-to-await', message: plan.summary }];
  for (const note of plan.notes ?? []) outcomes.push({ kind: 'note', ...note });
  if (!site.fn.async) {
    tx.set(site.fn, 'async', true);
    const thrown = throwsSynchronously(site.fn);
    if (thrown) outcomes.push({ kind: 'note', node: thrown, code: 'sync-throw-now-rejects', message: 'this error was thrown synchronously by a function that returned a promise; the async function now rejects with it' });
  }
  return [...outcomes, ...records];
}

/** The call, or (for a call another transform built, which has no position) its first argument. */
function reportedNode(site: Site): Node {
  if (site.call.loc) return site.call;
  return site.args.find((a) => a.loc) ?? site.statement ?? site.call;
}

function parseStatement(j: JSCodeshift, source: string): Node {
  return j(source).get().node.program.body[0];
}

/** Puts the plan where the call's statement was, finishing as the sink needs. */
function place(j: JSCodeshift, tx: Transaction, site: Site, plan: Plan): void {
  const sink = site.sink!;
  const { statement, fn } = site;
  const statements = [...plan.statements];
  const container = statement ? site.ancestors[site.ancestors.lastIndexOf(statement) - 1] : null;
  const list = statementList(container);
  const endsFunction = !statement || (!!list && list === fn.body.body && list[list.length - 1] === statement);
  if (sink.kind === 'return') {
    if (plan.result) statements.push(j.returnStatement(plan.result));
    else if (!endsFunction) statements.push(j.returnStatement(null));
  } else if (sink.kind === 'discard') {
    statements.push(...valueStatements(j, plan.result));
  } else if (!plan.declared) {
    statements.push(j.variableDeclaration(sink.declKind, [j.variableDeclarator(sink.id, plan.result ? awaited(j, plan.result) : j.identifier('undefined'))]));
  }
  if (!statement) {
    tx.set(fn, 'body', j.blockStatement(statements));
    return;
  }
  if (statement.comments?.length && statements.length) statements[0].comments = statement.comments;
  replaceStatement(j, container, statement, statements, tx);
}


