/**
 * Which calls run a generator as a coroutine: `co(gen)`, `co.wrap(gen)` (the `co` package) and
 * `Bluebird.coroutine(gen)` (bluebird), recognised through the file's own require/import of
 * those packages, so a local function that happens to be called `co` is never taken for one.
 */
import { isIdentifier, type Node } from '../lib/ast';
import { moduleBindingOf, type ModuleBindings } from '../lib/module-bindings';

/** `run`: runs now and returns a promise (`co`); `wrap`: returns a promise-returning function. */
export type RunnerKind = 'run' | 'wrap';

export interface Runner {
  kind: RunnerKind;
  library: 'co' | 'bluebird';
  /** As written, for messages: `co`, `co.wrap`, `Promise.coroutine`. */
  label: string;
  /** The local name the runner is reached through (its binding may become unused). */
  local: string;
}

export type RunnerMatch = Runner | { skip: string; message: string; label: string } | null;

const CO_WHOLE = new Set(['*', 'default', 'co']);
const BLUEBIRD_WHOLE = new Set(['*', 'default', 'Promise']);
const BLUEBIRD_LIKE_NAMES = /^(Promise|Bluebird|BPromise|P|bluebird)$/;

/** The runner a call invokes, a skip for a `*.coroutine` that is not bluebird's, or null. */
export function matchRunner(call: Node, bindings: ModuleBindings): RunnerMatch {
  const callee = call.callee;
  if (isIdentifier(callee)) {
    const binding = moduleBindingOf(bindings, callee.name);
    if (binding?.module === 'co' && CO_WHOLE.has(binding.imported)) return { kind: 'run', library: 'co', label: callee.name, local: callee.name };
    if (binding?.module === 'co' && binding.imported === 'wrap') return { kind: 'wrap', library: 'co', label: callee.name, local: callee.name };
    if (binding?.module === 'bluebird' && binding.imported === 'coroutine') return { kind: 'wrap', library: 'bluebird', label: callee.name, local: callee.name };
    return null;
  }
  if (callee.type !== 'MemberExpression' || callee.computed || !isIdentifier(callee.object) || !isIdentifier(callee.property)) return null;
  const object = callee.object.name;
  const method = callee.property.name;
  const label = `${object}.${method}`;
  const binding = moduleBindingOf(bindings, object);
  if (binding?.module === 'co' && CO_WHOLE.has(binding.imported)) {
    if (method === 'wrap') return { kind: 'wrap', library: 'co', label, local: object };
    if (method === 'co') return { kind: 'run', library: 'co', label, local: object };
    return null;
  }
  if (method !== 'coroutine') return null;
  if (binding?.module === 'bluebird' && BLUEBIRD_WHOLE.has(binding.imported)) return { kind: 'wrap', library: 'bluebird', label, local: object };
  if (!binding && BLUEBIRD_LIKE_NAMES.test(object)) {
    return { skip: 'runner-not-imported', message: `${label} is not bound to a require/import of bluebird in this file, so what it runs is unknown`, label };
  }
  return null;
}
