/** What inlining a handler function's body needs to know about it. */
import { isAssignedIn, isFunction, isIdentifier, patternNames, someNode, usesOwnArguments, usesOwnThis, walk, type Node } from '../lib/ast';
import { blockLevelNames, varNames } from '../lib/statements';

/** The `return` statements of a function's own body (not of nested functions). */
export function ownReturns(fn: Node): Node[] {
  const returns: Node[] = [];
  if (fn.body.type !== 'BlockStatement') return returns;
  walk(fn.body, (node) => {
    if (node.type === 'ReturnStatement') returns.push(node);
    return !isFunction(node);
  });
  return returns;
}

/** The body as statements: an expression body `x => e` reads as `{ return e; }`. */
export function bodyStatements(j: { returnStatement(arg: Node): Node }, fn: Node): Node[] {
  if (fn.body.type === 'BlockStatement') return fn.body.body;
  if (fn.body.type === 'ObjectExpression') unparenthesize(fn.body);
  return [j.returnStatement(fn.body)];
}

/**
 * `x => ({ a })`: the object needs its parentheses only as an arrow body. recast reprints a node
 * whose `extra` differs from its original copy, so both lose the flag and the text is reused.
 */
function unparenthesize(node: Node): void {
  for (const copy of [node, node.original]) {
    if (!copy?.extra?.parenthesized) continue;
    const { parenthesized: _p, parenStart: _s, ...rest } = copy.extra;
    copy.extra = rest;
  }
}

/**
 * Its value is simply its final `return` (or nothing): no `return` anywhere else, so the body
 * inlined in sequence computes the same value.
 */
export function hasOnlyTailReturn(fn: Node): boolean {
  if (fn.body.type !== 'BlockStatement') return true;
  const returns = ownReturns(fn);
  const last = fn.body.body.at(-1);
  return returns.length === 0 || (returns.length === 1 && returns[0] === last);
}

/** Why a handler's body cannot be inlined where the chain was, or null. `arity`: params it may take. */
export function handlerProblem(fn: Node, arity: 0 | 1): { skip: string; message: string } | null {
  if (fn.params.length > arity || fn.params.some((p: Node) => p.type === 'AssignmentPattern' || p.type === 'RestElement')) {
    return { skip: 'handler-params', message: `the handler takes ${fn.params.length > arity ? 'more parameters than the promise passes' : 'a default or rest parameter'}` };
  }
  if (fn.type !== 'ArrowFunctionExpression' && (usesOwnThis(fn) || usesOwnArguments(fn))) {
    return { skip: 'handler-uses-this', message: 'a `function` handler uses its own `this` or `arguments`' };
  }
  if (fn.id && someNode(fn.body, (n) => isIdentifier(n, fn.id.name))) {
    return { skip: 'handler-params', message: 'a named handler refers to itself' };
  }
  return null;
}

/**
 * The names inlining adds where it lands: `lexical` ones (the parameter, the body's top-level
 * `let`/`const`/`class`/`function`) in the block it lands in, `hoisted` ones (every `var`) in the
 * whole function. `blockScopedToo`: false for handlers inlined into their own block (catch,
 * finally), where only `var` escapes.
 */
export function introducedNames(fn: Node, blockScopedToo: boolean): { lexical: string[]; hoisted: string[] } {
  const lexical: string[] = blockScopedToo ? fn.params.flatMap((p: Node) => patternNames(p)) : [];
  if (fn.body.type !== 'BlockStatement') return { lexical, hoisted: [] };
  const hoisted = varNames(fn.body);
  if (blockScopedToo) lexical.push(...blockLevelNames(fn.body.body));
  return { lexical: [...new Set(lexical)], hoisted: [...new Set(hoisted)] };
}

/** The parameter is assigned in the body, so its declaration must be `let`. */
export function paramReassigned(fn: Node): boolean {
  return fn.params.some((param: Node) => patternNames(param).some((name) => isAssignedIn(fn.body, name)));
}
