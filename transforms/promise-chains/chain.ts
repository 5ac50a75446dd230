/**
 * Reads `base.then(a).catch(b).finally(c)` into a base and a list of steps, and classifies each
 * handler: a function to inline, a known function to call, or identity (`.then()`, `.then(null)`,
 * `.then(42)`: the promise passes the value or error through unchanged).
 */
import { isFunction, isIdentifier, isNullish, type Node } from '../lib/ast';

export type Handler =
  /** A function expression or arrow written in place: its body is inlined. */
  | { kind: 'inline'; fn: Node }
  /** A function known by name (`format`, `console.error`, `JSON.parse`): called with the value. */
  | { kind: 'call'; callee: Node };

export type Step =
  | { kind: 'then'; onFulfilled: Handler }
  | { kind: 'catch'; onRejected: Handler }
  /** `.then(ok, fail)`: `fail` covers the steps before, never `ok`. */
  | { kind: 'then-both'; onFulfilled: Handler; onRejected: Handler }
  | { kind: 'finally'; onFinally: Handler };

export interface Chain {
  call: Node;
  base: Node;
  steps: Step[];
}

export interface ChainSkip {
  skip: string;
  message: string;
  node: Node;
}

const CHAIN_METHODS = new Set(['then', 'catch', 'finally']);

/** `x.then(…)`, `x.catch(…)`, `x.finally(…)`: one link of a chain. */
export function isChainCall(node: Node): boolean {
  return (
    node?.type === 'CallExpression' &&
    node.callee.type === 'MemberExpression' &&
    !node.callee.computed &&
    isIdentifier(node.callee.property) &&
    CHAIN_METHODS.has(node.callee.property.name)
  );
}

/** Globals whose functions do not depend on `this`, so `.then(JSON.parse)` is `JSON.parse(v)`. */
const THIS_FREE_GLOBALS: Record<string, Set<string> | true> = {
  console: new Set(['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir']),
  JSON: new Set(['parse', 'stringify']),
  String: true,
  Number: true,
  Boolean: true,
};

/**
 * The chain whose outermost call is `call`, or why it cannot be read. `isLocalFunction(name)` tells
 * whether an identifier handler surely names a function (a non-function handler is ignored by
 * `.then`, while a call of it would throw).
 */
export function readChain(call: Node, isLocalFunction: (name: string) => boolean): Chain | ChainSkip {
  const links: Node[] = [];
  let node = call;
  while (isChainCall(node)) {
    links.unshift(node);
    node = node.callee.object;
  }
  const base = node;
  if (rootName(base) === 'cy') {
    return { skip: 'not-a-promise', message: 'Cypress chains (`cy.…`) are not promises', node: call };
  }
  const steps: Step[] = [];
  for (const link of links) {
    const method = link.callee.property.name;
    const args: Node[] = link.arguments;
    if (args.some((a) => a.type === 'SpreadElement')) return { skip: 'handler-not-a-function', message: `.${method}(...) with spread arguments`, node: link };
    const read = (arg: Node) => readHandler(arg, isLocalFunction);
    const handlers = args.slice(0, method === 'then' ? 2 : 1).map(read);
    const bad = handlers.find((h): h is ChainSkip => !!h && 'skip' in h);
    if (bad) return bad;
    const [first, second] = handlers as Array<Handler | null | undefined>;
    if (method === 'then' && first && second) steps.push({ kind: 'then-both', onFulfilled: first, onRejected: second });
    else if (method === 'then' && first) steps.push({ kind: 'then', onFulfilled: first });
    else if ((method === 'then' && second) || (method === 'catch' && first)) steps.push({ kind: 'catch', onRejected: (second ?? first)! });
    else if (method === 'finally' && first) steps.push({ kind: 'finally', onFinally: first });
  }
  return { call, base, steps };
}

/** `null` for identity handlers; a skip for handlers that may or may not be functions. */
function readHandler(arg: Node, isLocalFunction: (name: string) => boolean): Handler | ChainSkip | null {
  if (arg === undefined || isNullish(arg) || isNonCallableLiteral(arg)) return null;
  if (isFunction(arg)) {
    if (arg.generator) return { skip: 'handler-not-a-function', message: 'a generator function as a handler returns an iterator', node: arg };
    return { kind: 'inline', fn: arg };
  }
  if ((isIdentifier(arg) && isLocalFunction(arg.name)) || isThisFreeGlobal(arg)) return { kind: 'call', callee: arg };
  return {
    skip: 'handler-not-a-function',
    message: 'the handler is not a function written in place or a known function; `.then` ignores non-functions, a call would throw',
    node: arg,
  };
}

/** `JSON.parse`, `String`, …: a handler whose result is never a thenable. */
export function isThisFreeGlobal(callee: Node): boolean {
  if (isIdentifier(callee)) return THIS_FREE_GLOBALS[callee.name] === true;
  if (callee.type !== 'MemberExpression' || callee.computed || !isIdentifier(callee.object) || !isIdentifier(callee.property)) return false;
  const members = THIS_FREE_GLOBALS[callee.object.name];
  return members instanceof Set && members.has(callee.property.name);
}

function isNonCallableLiteral(node: Node): boolean {
  return /^(Numeric|String|Boolean|BigInt|RegExp)Literal$|^TemplateLiteral$/.test(node.type) || (node.type === 'Literal' && node.value !== null);
}

/** `cy` for `cy.get('a').find('b')`. */
function rootName(node: Node): string | null {
  while (node && (node.type === 'MemberExpression' || node.type === 'CallExpression')) node = node.type === 'CallExpression' ? node.callee : node.object;
  return isIdentifier(node) ? node.name : null;
}
