/**
 * The config's `promiseApis`: library calls that return a promise when the callback is omitted,
 * written as callee patterns: `db.query`, `redis.*`, `*.findOne`.
 */
import type { Node } from '../lib/ast';
import type { TransformContext } from '../lib/plugin';

const compiled = new Map<string, RegExp>();

function patternToRegExp(pattern: string): RegExp {
  let regexp = compiled.get(pattern);
  if (!regexp) {
    const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[\\w$.]*');
    regexp = new RegExp(`^${source}$`);
    compiled.set(pattern, regexp);
  }
  return regexp;
}

/** `a.b.c` for a callee made of names, else null. */
export function calleePath(node: Node): string | null {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'ThisExpression') return 'this';
  if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier') {
    const object = calleePath(node.object);
    return object ? `${object}.${node.property.name}` : null;
  }
  return null;
}

/** No patterns (the default): no callee path is built. */
function matchesPromiseApi(call: Node, patterns: readonly string[]): boolean {
  return patterns.length > 0 && matchesCalleePattern(calleePath(call.callee), patterns);
}

/** A callee path (`db.query`) against config patterns (`promiseApis`, `pure`, `sequential`). */
export function matchesCalleePattern(path: string | null, patterns: readonly string[]): boolean {
  return !!path && patterns.some((pattern) => patternToRegExp(pattern).test(path));
}

/**
 * How a call is known to return a promise when its callback is left out, for the report: a
 * `promiseApis` pattern, or (TypeScript) an overload of its callee found by the project phase
 * (engine/type-facts.ts); null when it is not.
 */
export function promiseApiLookup(ctx: Pick<TransformContext, 'options' | 'project' | 'filename'>): (call: Node) => string | null {
  const typed = new Set(ctx.project.promiseCalls?.[ctx.filename] ?? []);
  return (call) => {
    if (matchesPromiseApi(call, ctx.options.promiseApis)) return 'promise API (config)';
    return typeof call.start === 'number' && typed.has(call.start) ? 'a Promise overload in its types' : null;
  };
}
