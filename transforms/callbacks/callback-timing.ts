/**
 * Whether a function is sure to call its callback later, never before it returns. A caller's
 * code after `load(id, cb)` ran before the callback only then; the lift that starts the promise,
 * runs that code and awaits after (`started-before-await`) relies on it.
 *
 * Sure means: every use of the callback sits inside the callback of a Node core API or a timer
 * (they never call back synchronously), or passes it straight to one. A cache or a library
 * (`cache.get(id, cb)`, `db.get(id, (err, row) => cb(…))`) may call back at once on some path,
 * as an unknown API called directly may (lift.ts skips that case the same way).
 */
import { forEachChild, isFunction, isIdentifier, type Node } from '../lib/ast';
import type { ModuleBindings } from '../lib/module-bindings';
import { isKnownErrorFirstCall } from './promise-source';

const LATER_TIMERS = new Set(['setTimeout', 'setImmediate']);

export function callsBackLaterForSure(fn: Node, callbackName: string, bindings: ModuleBindings): boolean {
  let sure = true;
  const visit = (node: Node, later: boolean): void => {
    if (!sure) return;
    if (isIdentifier(node, callbackName) && !later) {
      sure = false;
      return;
    }
    if (node.type === 'CallExpression' || node.type === 'NewExpression') {
      const deferred = node.type === 'CallExpression' && defersCallbacks(node, bindings);
      const last = node.arguments[node.arguments.length - 1];
      visit(node.callee, later);
      for (const argument of node.arguments) {
        // `fs.readFile(f, cb)`: handed straight to an API that calls back later.
        if (argument === last && deferred && isIdentifier(argument, callbackName)) continue;
        visit(argument, later || (deferred && argument === last && isFunction(argument)));
      }
      return;
    }
    forEachChild(node, (child) => visit(child, later));
  };
  visit(fn.body, false);
  return sure;
}

/** A Node core callback API, or `setTimeout`/`setImmediate`/`process.nextTick` not declared in the file. */
function defersCallbacks(call: Node, bindings: ModuleBindings): boolean {
  const callee = call.callee;
  if (isIdentifier(callee) && LATER_TIMERS.has(callee.name)) return !bindings.declared.has(callee.name);
  if (callee.type === 'MemberExpression' && isIdentifier(callee.object, 'process') && isIdentifier(callee.property, 'nextTick')) return !bindings.declared.has('process');
  return isKnownErrorFirstCall(call, { bindings, convertedCallee: () => null, promiseApi: () => null });
}
