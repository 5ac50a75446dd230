/**
 * May a function that returns a chain become `async`? Only when that changes nothing its callers
 * see: it already returned a promise on every path, it is not a constructor, getter or generator,
 * and (TypeScript) its declared return type is a `Promise`.
 */
import { isFunction, isIdentifier, walk, type Node } from '../lib/ast';
import { isChainCall } from './chain';
import { canCompleteNormally } from './completion';
import { ownReturns } from './handler';

export interface Problem {
  skip: string;
  message: string;
}

/** `parent`: the node holding `fn` (a `const Name = function …` declarator names it). */
export function asyncProblem(fn: Node, program: Node, parent: Node | null = null): Problem | null {
  if (fn.async) return null;
  if (fn.generator || fn.kind === 'get' || fn.kind === 'set' || fn.kind === 'constructor') {
    return { skip: 'function-cannot-be-async', message: `a ${fn.generator ? 'generator' : fn.kind === 'constructor' ? 'constructor' : fn.kind + 'ter'} cannot be async` };
  }
  const name = functionName(fn, parent);
  if (name && isConstructed(program, name)) {
    return { skip: 'function-cannot-be-async', message: `${name} is called with \`new\` or has a prototype; an async function cannot be a constructor` };
  }
  // A constructor may be called with `new` from another file: capitalized `function`s are left alone.
  if (name && /^[A-Z]/.test(name) && fn.type !== 'ArrowFunctionExpression' && !isMethod(fn, parent)) {
    return { skip: 'function-cannot-be-async', message: `${name} is named like a constructor; an async function cannot be called with \`new\`` };
  }
  const returnType = fn.returnType?.typeAnnotation;
  if (returnType && !(returnType.type === 'TSTypeReference' && isIdentifier(returnType.typeName, 'Promise'))) {
    return { skip: 'return-type-not-promise', message: 'an async function must declare `Promise<…>` as its return type' };
  }
  if (fn.body.type !== 'BlockStatement') return null;
  // The file-wide scan runs only when a return calls a plain function.
  let asyncNames: Set<string> | undefined;
  const isAsyncName = { has: (name: string) => (asyncNames ??= asyncFunctionNames(program)).has(name) };
  const bare = ownReturns(fn).find((r) => !r.argument || !isPromiseExpression(r.argument, isAsyncName));
  if (bare || canCompleteNormally(fn.body.body)) {
    return {
      skip: 'returns-non-promise',
      message: bare ? 'another path returns a value that may not be a promise; as an async function it would return a promise there' : 'the function can end without returning a promise',
    };
  }
  return null;
}

/** The enclosing function holds a `throw` outside nested functions: that error will now reject instead. */
export function throwsSynchronously(fn: Node): Node | null {
  // `function load({ id })` called without an argument, or a default that throws: a TypeError at
  // the call before, a rejection once async.
  const pattern = fn.params.find(mayThrowOnBinding);
  if (pattern) return pattern;
  let found: Node | null = null;
  walk(fn.body, (node) => {
    if (found) return false;
    if (node.type === 'ThrowStatement') found = node;
    return !isFunction(node) && node.type !== 'TryStatement';
  });
  return found;
}

/** A parameter whose binding can throw at the call: a destructuring pattern, a default computed by a call. */
export function mayThrowOnBinding(param: Node): boolean {
  switch (param.type) {
    case 'Identifier':
      return false;
    case 'RestElement':
      return mayThrowOnBinding(param.argument);
    case 'TSParameterProperty':
      return mayThrowOnBinding(param.parameter);
    case 'AssignmentPattern':
      return mayThrowOnBinding(param.left) || !/Literal$/.test(param.right.type);
    default:
      return true;
  }
}

function functionName(fn: Node, parent: Node | null): string | null {
  if (fn.id) return fn.id.name;
  if (parent?.type === 'VariableDeclarator' && parent.init === fn && isIdentifier(parent.id)) return parent.id.name;
  if (parent?.type === 'AssignmentExpression' && parent.right === fn) {
    const target = parent.left.type === 'MemberExpression' && !parent.left.computed ? parent.left.property : parent.left;
    if (isIdentifier(target)) return target.name;
  }
  return null;
}

/** Class and object-literal methods are never constructors. */
function isMethod(fn: Node, parent: Node | null): boolean {
  return fn.type === 'ClassMethod' || fn.type === 'ObjectMethod' || fn.type === 'TSDeclareMethod' || parent?.type === 'MethodDefinition' || (parent?.type === 'Property' && parent.method);
}

/** `new Name(…)` or `Name.prototype` anywhere in the file. */
function isConstructed(program: Node, name: string): boolean {
  let found = false;
  walk(program, (node) => {
    if (found) return false;
    if (node.type === 'NewExpression' && isIdentifier(node.callee, name)) found = true;
    if (node.type === 'MemberExpression' && isIdentifier(node.object, name) && isIdentifier(node.property, 'prototype')) found = true;
    return !found;
  });
  return found;
}

/** Names of functions declared `async` in the file (their calls return promises). */
function asyncFunctionNames(program: Node): Set<string> {
  const names = new Set<string>();
  walk(program, (node) => {
    if (node.type === 'FunctionDeclaration' && node.async && node.id) names.add(node.id.name);
    if (node.type === 'VariableDeclarator' && isIdentifier(node.id) && isFunction(node.init) && node.init.async) names.add(node.id.name);
  });
  return names;
}

/** Surely a promise: a chain, `Promise.x(…)`, `new Promise(…)`, a call of an async function. */
function isPromiseExpression(node: Node, asyncNames: Pick<Set<string>, 'has'>): boolean {
  if (isChainCall(node)) return true;
  if (node.type === 'NewExpression' && isIdentifier(node.callee, 'Promise')) return true;
  if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && isIdentifier(node.callee.object, 'Promise')) return true;
  if (node.type === 'CallExpression' && isIdentifier(node.callee) && asyncNames.has(node.callee.name)) return true;
  if (node.type === 'ConditionalExpression') return isPromiseExpression(node.consequent, asyncNames) && isPromiseExpression(node.alternate, asyncNames);
  return false;
}
