/**
 * The promise an awaited call becomes: the converted function itself, a configured promise API,
 * a Node core promise form, or `util.promisify` with `this` kept.
 */
import type { JSCodeshift } from 'jscodeshift';
import { isIdentifier, walk, type Node } from '../lib/ast';
import { moduleBindingOf, type ModuleBindings } from '../lib/module-bindings';
import type { ModuleImports } from '../lib/module-imports';
import { libraryMember } from '../caolan-async/library';
import { DNS_PROMISE_METHODS, FS_PROMISE_METHODS, MULTI_RESULT_KEYS, STREAM_PROMISE_METHODS, isKnownCoreCallbackApi } from './node-apis';
import { calleePath } from './promise-apis';

export type ResultShape =
  /** The callback's single result (or none). */
  | { kind: 'value' }
  /** Several callback results arrive as one object (`{ stdout, stderr }`). */
  | { kind: 'object'; keys: string[] }
  /** Several results of a converted function arrive as an array. */
  | { kind: 'array' };

export interface PromiseSource {
  expression: Node;
  results: ResultShape;
  /** The API never calls back synchronously, so code after the call ran before the callback. */
  alwaysAsync: boolean;
  /** For the report: which promise form was used. */
  via: string;
}

export interface SourceSkip {
  skip: string;
  message: string;
}

export interface ConvertedCallee {
  name: string;
  /** Results its callback received; `null` when unknown (it passes its callback through). */
  resultCount: number | null;
  /** It called back synchronously on some path (zalgo), so it was not always asynchronous. */
  mayCallBackSynchronously: boolean;
}

export interface PromiseSourceEnv {
  j: JSCodeshift;
  bindings: ModuleBindings;
  imports: ModuleImports;
  convertedCallee(call: Node): ConvertedCallee | null;
  /** How the call is known to return a promise without its callback (report label), or null. */
  promiseApi(call: Node): string | null;
  /** Top-level statement declaring a hoistable callee name, or null when it cannot be hoisted. */
  hoistAnchor(name: string): Node | null | undefined;
}

/** The core module member a call targets (`fs.readFile(...)`, or `readFile(...)` from fs). */
export function coreMember(call: Node, bindings: ModuleBindings): { module: string; member: string } | null {
  const callee = call.callee;
  if (callee.type === 'MemberExpression' && !callee.computed && isIdentifier(callee.object) && isIdentifier(callee.property)) {
    const binding = moduleBindingOf(bindings, callee.object.name);
    if (binding && (binding.imported === '*' || binding.imported === 'default')) {
      return { module: binding.module, member: callee.property.name };
    }
  }
  if (isIdentifier(callee)) {
    const binding = moduleBindingOf(bindings, callee.name);
    if (binding && binding.imported !== '*' && binding.imported !== 'default') {
      return { module: binding.module, member: binding.imported };
    }
  }
  return null;
}

/** What deciding "is this callee error-first?" needs: no imports, no hoisting. */
export type ErrorFirstLookup = Pick<PromiseSourceEnv, 'bindings' | 'convertedCallee' | 'promiseApi'>;

export function isKnownErrorFirstCall(call: Node, env: ErrorFirstLookup): boolean {
  if (env.convertedCallee(call) || env.promiseApi(call)) return true;
  const core = coreMember(call, env.bindings);
  return !!core && isKnownCoreCallbackApi(core.module, core.member);
}


export function promiseSourceFor(call: Node, resultCount: number, env: PromiseSourceEnv): PromiseSource | SourceSkip {
  const { j } = env;
  const several = lastWaterfallStepResults(call, env.bindings);
  if (several > 1) {
    return { skip: 'multiple-results', message: `the last async.waterfall step passes ${several} results; a promise resolves one` };
  }
  const args = call.arguments.slice(0, -1);
  const converted = env.convertedCallee(call);
  if (converted) {
    const results = resultCount > 1 ? ({ kind: 'array' } as const) : ({ kind: 'value' } as const);
    if (resultCount > 1 && converted.resultCount !== resultCount) {
      return { skip: 'multiple-results', message: `${converted.name}() passes ${converted.resultCount ?? 'an unknown number of'} results, the callback takes ${resultCount}` };
    }
    return {
      expression: j.callExpression(call.callee, args),
      results,
      alwaysAsync: !converted.mayCallBackSynchronously,
      via: 'converted function',
    };
  }
  const promiseApi = env.promiseApi(call);
  if (promiseApi) {
    if (resultCount > 1) return { skip: 'multiple-results', message: 'a promise API resolves one value; the callback takes several' };
    return { expression: j.callExpression(call.callee, args), results: { kind: 'value' }, alwaysAsync: true, via: promiseApi };
  }
  const core = coreMember(call, env.bindings);
  if (core && isKnownCoreCallbackApi(core.module, core.member)) return coreSource(call, core, resultCount, env);
  if (resultCount > 1) {
    return { skip: 'multiple-results', message: 'util.promisify keeps only the first of several callback results' };
  }
  return promisifySource(call, env);
}

function coreSource(call: Node, core: { module: string; member: string }, resultCount: number, env: PromiseSourceEnv): PromiseSource | SourceSkip {
  const { j } = env;
  const args = call.arguments.slice(0, -1);
  const keys = MULTI_RESULT_KEYS[`${core.module}.${core.member}`];
  if (resultCount > 1 && !keys) {
    return { skip: 'multiple-results', message: `${core.module}.${core.member} passes several results` };
  }
  const results: ResultShape = keys && resultCount > 0 ? { kind: 'object', keys } : { kind: 'value' };

  if (core.module === 'fs' && FS_PROMISE_METHODS.has(core.member) && !(FD_ACCEPTING.has(core.member) && mayBeFileDescriptor(args[0]))) {
    const fsPromises = env.imports.namespace('fs/promises', 'fsPromises');
    return { expression: j.callExpression(j.memberExpression(fsPromises, j.identifier(core.member)), args), results, alwaysAsync: true, via: 'fs/promises' };
  }
  const twin = PROMISE_TWINS[core.module];
  if (twin?.members.has(core.member)) {
    const namespace = env.imports.namespace(twin.module, twin.local);
    return { expression: j.callExpression(j.memberExpression(namespace, j.identifier(core.member)), args), results, alwaysAsync: true, via: twin.module };
  }
  // Core functions do not depend on `this`; one promisified helper per function, hoisted.
  const helper = env.imports.hoist(
    `${core.module}.${core.member}`,
    `${core.member}Async`,
    () => j.callExpression(env.imports.named('util', 'promisify'), [clonePureReference(j, call.callee)]),
    bindingStatement(call, env.bindings),
  );
  return { expression: j.callExpression(helper, args), results, alwaysAsync: true, via: 'util.promisify' };
}

/**
 * caolan's `async.waterfall([…, (a, next) => next(null, x, y)], cb)` (or `waterfall(…)` imported
 * by name) calls back with every value its last step passes on, which util.promisify would cut to
 * the first: the count, or 0 when unknown.
 */
function lastWaterfallStepResults(call: Node, bindings: ModuleBindings): number {
  if (libraryMember(call.callee, bindings) !== 'waterfall') return 0;
  const tasks = call.arguments[0];
  const last = tasks?.type === 'ArrayExpression' ? tasks.elements[tasks.elements.length - 1] : null;
  if (!last || !/Function/.test(last.type) || !last.params.length) return 0;
  const next = last.params[last.params.length - 1];
  if (!isIdentifier(next)) return 0;
  let most = 0;
  walk(last.body, (node) => {
    if (node.type === 'CallExpression' && isIdentifier(node.callee, next.name)) most = Math.max(most, node.arguments.length - 1);
    return true;
  });
  return most;
}

/** Core modules with a promise twin whose functions take the same arguments (`dns.lookup` keeps its `{ address, family }`). */
const PROMISE_TWINS: Record<string, { module: string; local: string; members: Set<string> }> = {
  stream: { module: 'stream/promises', local: 'streamPromises', members: STREAM_PROMISE_METHODS },
  dns: { module: 'dns/promises', local: 'dnsPromises', members: DNS_PROMISE_METHODS },
};

/** The top-level statement that binds the callee's module (the helper must come after it). */
function bindingStatement(call: Node, bindings: ModuleBindings): Node | undefined {
  const local = isIdentifier(call.callee) ? call.callee : call.callee.object;
  return bindings.byLocalName.get(local.name)?.statement;
}

/** fs functions that also take a file descriptor, which their fs/promises twins reject. */
const FD_ACCEPTING = new Set(['readFile', 'writeFile', 'appendFile']);

/** `fd`, `this.fd`, `3`, `inputFd`: a descriptor, for which util.promisify keeps the callback API's contract. */
function mayBeFileDescriptor(node: Node): boolean {
  if (!node) return false;
  if (node.type === 'NumericLiteral' || (node.type === 'Literal' && typeof node.value === 'number')) return true;
  const name = isIdentifier(node) ? node.name : node.type === 'MemberExpression' && !node.computed ? node.property.name : '';
  return /^(fd|descriptor|fileDescriptor)$|Fd$|FD$/.test(name);
}

/** A fresh copy of `a`, `this` or `a.b.c` (`isPureReference`): one node must not appear twice in the tree. */
function clonePureReference(j: JSCodeshift, node: Node): Node {
  if (isIdentifier(node)) return j.identifier(node.name);
  if (node.type === 'ThisExpression') return j.thisExpression();
  return j.memberExpression(clonePureReference(j, node.object), j.identifier(node.property.name));
}

/**
 * Unknown error-first API: `util.promisify`. A function bound once at the top level gets one
 * hoisted helper; a method keeps its receiver (`promisify(db.get).call(db, …)`), looked up at
 * call time so stubs and late reassignments keep working.
 */
function promisifySource(call: Node, env: PromiseSourceEnv): PromiseSource | SourceSkip {
  const { j } = env;
  const args = call.arguments.slice(0, -1);
  const callee = call.callee;
  const promisify = () => env.imports.named('util', 'promisify');
  if (isIdentifier(callee)) {
    const anchor = env.hoistAnchor(callee.name);
    if (anchor !== null) {
      const helper = env.imports.hoist(callee.name, `${callee.name}Async`, () => j.callExpression(promisify(), [j.identifier(callee.name)]), anchor);
      return { expression: j.callExpression(helper, args), results: { kind: 'value' }, alwaysAsync: false, via: 'util.promisify' };
    }
    return {
      expression: j.callExpression(j.callExpression(promisify(), [callee]), args),
      results: { kind: 'value' },
      alwaysAsync: false,
      via: 'util.promisify',
    };
  }
  if ((callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && isPureReference(callee.object)) {
    return {
      expression: j.callExpression(j.memberExpression(j.callExpression(promisify(), [callee]), j.identifier('call')), [clonePureReference(j, callee.object), ...args]),
      results: { kind: 'value' },
      alwaysAsync: false,
      via: 'util.promisify',
    };
  }
  return { skip: 'unknown-callee', message: 'the callee is not a plain function or method reference' };
}

/** Reading it twice has no effect: `a`, `this`, `a.b.c` (not `this.#db`, a private name). */
function isPureReference(node: Node): boolean {
  return calleePath(node) !== null;
}

/**
 * Where a promisified helper for `name` may be hoisted: after its top-level declaration; `null`
 * when it is not a single top-level binding (parameters, locals, shadowed names).
 */
export function hoistAnchor(program: Node, bindings: ModuleBindings, name: string): Node | null | undefined {
  if (bindings.shadowed.has(name) || bindings.reassigned.has(name)) return null;
  const moduleBinding = bindings.byLocalName.get(name);
  if (moduleBinding) return moduleBinding.statement;
  for (const statement of program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    // Function declarations are hoisted: the helper can go with the imports.
    if (declaration?.type === 'FunctionDeclaration' && isIdentifier(declaration.id, name)) return undefined;
    if (declaration?.type === 'VariableDeclaration' && declaration.declarations.some((d: Node) => isIdentifier(d.id, name))) {
      return declaration.kind === 'const' ? statement : null;
    }
  }
  return null;
}
