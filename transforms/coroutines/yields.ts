/**
 * What a coroutine yields, and its `await` form. co resolves a yielded promise, an array or a
 * plain object of them (in parallel, recursively), a thunk and a generator; it rejects anything
 * else. Bluebird.coroutine resolves promises only. `await` resolves promises and passes every other
 * value through, so only yields whose resolution `await` (with `Promise.all`) reproduces convert.
 */
import type { JSCodeshift } from 'jscodeshift';
import { forEachChildSlot, isFunction, isIdentifier, isPrimitiveLiteral, memberRootName, type Node } from '../lib/ast';
import type { Runner } from './runners';
import { ownReturns } from '../promise-chains/handler';
import { isArrayValue } from '../parallel/effect-env';

export interface Problem {
  skip: string;
  message: string;
}

/** What a function the file declares by name gives when called: a generator, a thunk, a collection, or anything else. */
export type LocalFunctionKind = 'generator' | 'function' | 'thunk-maker' | 'collection-maker';

/** Facts about the file that tell thunks and generators apart from promises. */
export interface YieldFacts {
  /** Functions declared in the file by name: `generator` ones and plain (`function`) ones. */
  localFunctions: Map<string, LocalFunctionKind>;
  /** Names declared once, never reassigned, with an array (`[…]`, `Object.keys(…)`, `xs.map(…)` of one). */
  arrayNames: Set<string>;
  /** Names bound to a module (`Bluebird`, `db`): `Bluebird.map(…)` is the library's, not an array's. */
  moduleNames: Set<string>;
  /** Names of generator methods declared anywhere in the file (object literals, classes). */
  generatorMethods: Set<string>;
  /** Names declared with an array or object literal: yielded, co resolves what they hold. */
  collectionNames: Set<string>;
  /** Names bound to thunk makers (`thunkify`, a `*thunk*` package) or to what they return. */
  thunkNames: Set<string>;
  /** `Promise` is declared in the file, and not as bluebird (whose `all` works the same). */
  promiseShadowed: boolean;
}

/** Every `yield` of the generator's own body (not of nested functions), with its parent. */
export function ownYields(fn: Node): Array<{ node: Node; parent: Node; key: string | number; owner: Node }> {
  const found: Array<{ node: Node; parent: Node; key: string | number; owner: Node }> = [];
  const visit = (node: Node) =>
    forEachChildSlot(node, (child, parent, key) => {
      if (child.type === 'YieldExpression') found.push({ node: child, parent, key, owner: node });
      if (!isFunction(child)) visit(child);
    });
  visit(fn.body);
  return found;
}

/** Why one `yield` cannot become an `await`, or null. */
export function yieldProblem(node: Node, runner: Runner, facts: YieldFacts): Problem | null {
  if (node.delegate) return { skip: 'yield-delegation', message: '`yield*` hands the runner the yields of another generator' };
  if (!node.argument) return plainValue(runner, 'nothing (`yield;`)');
  return valueProblem(node.argument, runner, facts, true);
}

function plainValue(runner: Runner, what: string): Problem {
  const rejected = runner.library === 'co' ? 'co rejects it ("You may only yield a function, promise, generator, array, or object")' : `${runner.label} rejects it (not a promise)`;
  return { skip: 'yield-plain-value', message: `the coroutine yields ${what}: ${rejected}, while await would pass it through` };
}

function valueProblem(node: Node, runner: Runner, facts: YieldFacts, top: boolean): Problem | null {
  if (isPlainLiteral(node)) return top ? plainValue(runner, 'a plain value') : null;
  if (node.type === 'ArrayExpression' || node.type === 'ObjectExpression') {
    if (runner.library === 'bluebird') {
      return { skip: 'yield-not-promise', message: `${runner.label} resolves yielded promises only; it rejects an array or object` };
    }
    if (node.type === 'ArrayExpression') {
      for (const element of node.elements) {
        if (element?.type === 'SpreadElement') return collectionShape('an array with a spread element');
        const problem = element && valueProblem(element, runner, facts, false);
        if (problem) return problem;
      }
      return null;
    }
    const keys = new Set<string>();
    for (const property of node.properties) {
      const key = propertyKey(property);
      if (key === null) return collectionShape('an object with a spread, a computed key, a method or an accessor');
      if (keys.has(key)) return collectionShape(`an object with the key "${key}" twice`);
      keys.add(key);
      const problem = valueProblem(property.value, runner, facts, false);
      if (problem) return problem;
    }
    return null;
  }
  if (isFunction(node)) {
    return node.generator
      ? { skip: 'yield-generator', message: 'the coroutine yields a generator function, which the runner runs as a coroutine of its own' }
      : { skip: 'yield-thunk', message: 'the coroutine yields a function (a thunk), which co calls with a callback' };
  }
  if (!AWAITABLE_SHAPES.test(node.type)) {
    return {
      skip: 'yield-expression',
      message: `the coroutine yields the value of an expression (${node.type.replace(/Expression$/, '').toLowerCase()}): ${runner.label} resolves it only when it is a promise and rejects a plain value, while await passes values through`,
    };
  }
  if (isIdentifier(node) && facts.collectionNames.has(node.name)) {
    return { skip: 'yield-collection-variable', message: `the coroutine yields ${node.name}, which holds an array or object that ${runner.label} would resolve element by element; await would hand it back as it is` };
  }
  if (isIdentifier(node) && facts.localFunctions.has(node.name)) {
    return facts.localFunctions.get(node.name) === 'generator'
      ? { skip: 'yield-generator', message: `the coroutine yields the generator function ${node.name}, which the runner runs as a coroutine of its own` }
      : { skip: 'yield-thunk', message: `the coroutine yields the function ${node.name} (a thunk), which co calls with a callback` };
  }
  const read = calledMethodName(node);
  if (read && facts.generatorMethods.has(read)) {
    return { skip: 'yield-generator', message: `the coroutine yields .${read}, a name this file declares as a generator method: the runner runs a generator function as a coroutine of its own` };
  }
  if (node.type === 'CallExpression') {
    const callee = node.callee;
    if (callee.type === 'MemberExpression' && isIdentifier(callee.property, 'bind')) {
      return { skip: 'yield-thunk', message: 'the coroutine yields a bound function (a thunk), which co calls with a callback' };
    }
    if (isIdentifier(callee) && facts.localFunctions.get(callee.name) === 'thunk-maker') {
      return { skip: 'yield-thunk', message: `the coroutine yields what ${callee.name}() returns, a function (a thunk) that co calls with a callback` };
    }
    if (isArrayCall(node) && !isKnownArray(node, facts) && !isPlainReference(callee.object, facts)) {
      return {
        skip: 'yield-maybe-array',
        message: `the coroutine yields ${describeCall(callee)}(…) on something not known to be an array (it may be a promise, as Bluebird's .map gives): ${runner.label} resolves an array element by element and a promise as one value, and which this is cannot be told here`,
      };
    }
    if (isArrayCall(node) && runner.library === 'bluebird') {
      return { skip: 'yield-not-promise', message: `${runner.label} resolves yielded promises only; it rejects the array ${memberRootName(callee) ?? 'a call'}…() returns` };
    }
    if (isArrayCall(node)) {
      const problem = elementsProblem(node, runner, facts);
      if (problem) return problem;
    }
    if (isIdentifier(callee) && facts.localFunctions.get(callee.name) === 'generator') {
      return { skip: 'yield-generator', message: `the coroutine yields the generator ${callee.name}(), which the runner runs as a coroutine of its own` };
    }
    const method = calledMethodName(callee);
    if (method && facts.generatorMethods.has(method)) {
      return { skip: 'yield-generator', message: `the coroutine yields a call of .${method}(), a name this file declares as a generator method: the runner runs a generator as a coroutine of its own` };
    }
    if (isIdentifier(callee) && facts.localFunctions.get(callee.name) === 'collection-maker') {
      return { skip: 'yield-collection-variable', message: `the coroutine yields what ${callee.name}() returns, an array or object that ${runner.label} would resolve element by element; await would hand it back as it is` };
    }
    const root = memberRootName(callee);
    if (callee.type === 'CallExpression' || (root && facts.thunkNames.has(root))) {
      return { skip: 'yield-thunk', message: 'the coroutine yields what a thunk maker returns (a function co calls with a callback)' };
    }
  }
  return null;
}

/**
 * An array for sure: `[…]`, `Object.keys(…)`, `Array.from(…)`, a name declared once with one,
 * or `.map`/`.filter`/… of one. `ids.map(…)` on an unknown `ids` may be Bluebird's promise `.map`.
 */
export function isKnownArray(node: Node, facts: YieldFacts): boolean {
  if (isIdentifier(node)) return facts.arrayNames.has(node.name);
  if (isArrayValue(node)) return true;
  const callee = node.type === 'CallExpression' ? node.callee : null;
  if (callee?.type !== 'MemberExpression' || callee.computed || !isIdentifier(callee.property)) return false;
  return /^(map|filter|concat|slice|flatMap|flat)$/.test(callee.property.name) && isKnownArray(callee.object, facts);
}

/**
 * `ids`, `this.ids`, `opts.ids` (not a module): an array or a promise of one; either awaits to the
 * array (see awaitable).
 */
function isPlainReference(node: Node, facts: YieldFacts): boolean {
  if (isIdentifier(node)) return !facts.moduleNames.has(node.name);
  if (node.type === 'ThisExpression') return true;
  return node.type === 'MemberExpression' && !node.computed && isPlainReference(node.object, facts);
}

function nested(what: string): Problem {
  return {
    skip: 'yield-nested-collection',
    message: `the coroutine yields an array whose elements are ${what}: co resolves the arrays, objects, thunks and generators inside it too, Promise.all only the promises of its first level`,
  };
}

/**
 * Why Promise.all (one level) would not resolve what a known-array call holds the way co
 * (recursively) does, or null: `[1, 2].map((id) => ({ user: get(id) }))` holds objects of promises.
 */
function elementsProblem(node: Node, runner: Runner, facts: YieldFacts): Problem | null {
  if (node.type === 'ArrayExpression') return elementListProblem(node.elements, runner, facts);
  const callee = node.type === 'CallExpression' ? node.callee : null;
  if (callee?.type !== 'MemberExpression' || callee.computed || !isIdentifier(callee.property)) return nested('not known');
  const method = callee.property.name;
  const args: Node[] = node.arguments;
  if (isIdentifier(callee.object, 'Object')) return method === 'keys' ? null : nested(`what Object.${method}() gives`);
  if (isIdentifier(callee.object, 'Array')) {
    if (method === 'of') return elementListProblem(args, runner, facts);
    return args.length > 1 ? mapperProblem(args[1], runner, facts) : args[0] ? elementsProblem(args[0], runner, facts) : null;
  }
  if (method === 'map' || method === 'flatMap') return mapperProblem(args[0], runner, facts);
  if (method === 'filter' || method === 'slice') return elementsProblem(callee.object, runner, facts);
  if (method === 'concat') {
    for (const arg of [callee.object, ...args]) {
      const problem = arg.type === 'ArrayExpression' || arg.type === 'CallExpression' ? elementsProblem(arg, runner, facts) : nested('those of a value not seen here');
      if (problem) return problem;
    }
    return null;
  }
  return nested(`what .${method}() gives`);
}

function elementListProblem(elements: Node[], runner: Runner, facts: YieldFacts): Problem | null {
  for (const element of elements) {
    if (!element) continue;
    if (element.type === 'SpreadElement') return nested('spread from another value');
    if (element.type === 'ArrayExpression' || element.type === 'ObjectExpression') return nested('arrays or objects');
    const problem = valueProblem(element, runner, facts, false);
    if (problem) return problem;
  }
  return null;
}

/** What the mapping function of `.map(fn)` returns, element by element. */
function mapperProblem(fn: Node | undefined, runner: Runner, facts: YieldFacts): Problem | null {
  if (!fn || fn.type === 'SpreadElement') return nested('what an unseen mapping function returns');
  if (isIdentifier(fn) && facts.localFunctions.has(fn.name)) {
    const kind = facts.localFunctions.get(fn.name);
    if (kind === 'generator') return { skip: 'yield-generator', message: `the coroutine yields an array of what the generator ${fn.name} returns, generators the runner runs as coroutines of their own` };
    if (kind === 'thunk-maker') return { skip: 'yield-thunk', message: `the coroutine yields an array of what ${fn.name} returns, functions (thunks) that co calls with a callback` };
    return kind === 'collection-maker' ? nested(`the arrays or objects ${fn.name} returns`) : null;
  }
  // An imported or member function (`ids.map(db.get)`): its results are taken as a yielded call's.
  if (isIdentifier(fn) || fn.type === 'MemberExpression') return null;
  if (!isFunction(fn)) return nested('what an unseen mapping function returns');
  if (fn.generator) return { skip: 'yield-generator', message: 'the coroutine yields an array of generators (the mapping function is a generator function), which the runner runs as coroutines of their own' };
  if (fn.async) return null;
  for (const value of returnedValues(fn)) {
    if (value.type === 'ArrayExpression' || value.type === 'ObjectExpression') return nested('the arrays or objects the mapping function returns');
    const problem = valueProblem(value, runner, facts, false);
    if (problem) return problem;
  }
  return null;
}

/** The expressions a function returns: an arrow's expression body, or the values of its own `return`s. */
export function returnedValues(fn: Node): Node[] {
  if (fn.body?.type !== 'BlockStatement') return [fn.body];
  return ownReturns(fn).flatMap((statement) => (statement.argument ? [statement.argument] : []));
}

function describeCall(callee: Node): string {
  const root = memberRootName(callee);
  return root && callee.type === 'MemberExpression' && isIdentifier(callee.property) ? (isIdentifier(callee.object) ? `${root}.${callee.property.name}` : `${root}….${callee.property.name}`) : 'a call';
}

/** `x.find` / `x['find']` / `x.find.call`: the method name a call invokes. */
function calledMethodName(callee: Node): string | null {
  if (callee?.type !== 'MemberExpression' && callee?.type !== 'OptionalMemberExpression') return null;
  if (!callee.computed && (isIdentifier(callee.property, 'call') || isIdentifier(callee.property, 'apply'))) {
    const inner = calledMethodName(callee.object);
    if (inner) return inner;
  }
  if (!callee.computed && isIdentifier(callee.property)) return callee.property.name;
  if (callee.property?.type === 'StringLiteral' || callee.property?.type === 'Literal') return String(callee.property.value);
  return null;
}

/** What `await` can stand for when yielded: calls, names, member reads, array and object literals. */
const AWAITABLE_SHAPES = /^(CallExpression|OptionalCallExpression|NewExpression|Identifier|MemberExpression|OptionalMemberExpression|ArrayExpression|ObjectExpression|AwaitExpression|TSNonNullExpression|FunctionExpression|ArrowFunctionExpression)$/;

/** `xs.map(…)`, `.filter`, `.concat`, `.slice`, `Object.values(…)`, `Array.from(…)`: an array, which co resolves element by element. */
export function isArrayCall(node: Node): boolean {
  const callee = node.callee;
  if (callee?.type !== 'MemberExpression' || callee.computed || !isIdentifier(callee.property)) return false;
  if (isIdentifier(callee.object, 'Object')) return /^(values|entries|keys)$/.test(callee.property.name);
  if (isIdentifier(callee.object, 'Array')) return /^(from|of)$/.test(callee.property.name);
  return /^(map|filter|concat|slice|flatMap)$/.test(callee.property.name);
}

function collectionShape(what: string): Problem {
  return { skip: 'yield-collection-shape', message: `the coroutine yields ${what}, which has no plain Promise.all form` };
}

function isPlainLiteral(node: Node): boolean {
  return isPrimitiveLiteral(node) || node.type === 'RegExpLiteral' || node.type === 'TemplateLiteral' || (node.type === 'Literal' && node.regex);
}

/** A plain `key: value` property's key as text, or null for other members. */
function propertyKey(property: Node): string | null {
  if ((property.type !== 'ObjectProperty' && property.type !== 'Property') || property.computed || property.kind === 'get' || property.kind === 'set' || property.method) return null;
  if (isIdentifier(property.key)) return property.key.name;
  if (property.key.type === 'StringLiteral' || property.key.type === 'NumericLiteral' || property.key.type === 'Literal') return String(property.key.value);
  return null;
}


const RESERVED = new Set(
  'await break case catch class const continue debugger default delete do else enum export extends false finally for function if implements import in instanceof interface let new null package private protected public return static super switch this throw true try typeof var void while with yield arguments eval undefined'.split(' '),
);

/**
 * The value to `await` for a yielded expression: arrays become `Promise.all([…])`, objects
 * `Promise.all([…]).then(([a, b]) => ({ a, b }))`, each element or value in turn.
 */
export function awaitable(j: JSCodeshift, node: Node, knownArray: (call: Node) => boolean = () => true): Node {
  // `ids.map(…)` on an `ids` that may be a promise (Bluebird's .map resolves to the array):
  // awaited first, it is the array either way.
  if (node.type === 'CallExpression' && isArrayCall(node)) return promiseAll(j, knownArray(node) ? node : j.awaitExpression(node));
  if (node.type === 'ArrayExpression') {
    return promiseAll(j, j.arrayExpression(node.elements.map((element: Node) => (element ? awaitable(j, element, knownArray) : element))));
  }
  if (node.type !== 'ObjectExpression') return node;
  const keys = node.properties.map((property: Node) => propertyKey(property)!);
  const names = parameterNames(keys);
  const all = promiseAll(j, j.arrayExpression(node.properties.map((property: Node) => awaitable(j, property.value, knownArray))));
  const rebuilt = j.objectExpression(
    node.properties.map((property: Node, index: number) => {
      const out = j.property('init', property.key, j.identifier(names[index]));
      if (isIdentifier(property.key) && property.key.name === names[index]) out.shorthand = true;
      return out;
    }),
  );
  const toObject = j.arrowFunctionExpression([j.arrayPattern(names.map((name: string) => j.identifier(name)))], rebuilt);
  return j.callExpression(j.memberExpression(all, j.identifier('then')), [toObject]);
}

/**
 * One arrow parameter per key: the key itself when it is a usable name, else `value<n>` (its
 * position), made fresh against every other name chosen (`{ 'a-b': p, value1: q }`).
 */
function parameterNames(keys: string[]): string[] {
  const usable = (key: string) => /^[A-Za-z_$][\w$]*$/.test(key) && !RESERVED.has(key);
  const taken = new Set(keys.filter(usable));
  return keys.map((key, index) => {
    if (usable(key)) return key;
    let name = `value${index + 1}`;
    for (let n = 2; taken.has(name); n += 1) name = `value${index + 1}_${n}`;
    taken.add(name);
    return name;
  });
}

/**
 * `const { a, b } = yield { a: x, b: y }`: the keys are read straight back out, so the result
 * is the array `Promise.all` gives, destructured in key order (unused keys as holes).
 */
export function destructuredAwait(j: JSCodeshift, pattern: Node, object: Node, knownArray?: (call: Node) => boolean): { pattern: Node; value: Node } | null {
  if (pattern?.type !== 'ObjectPattern' || object.type !== 'ObjectExpression') return null;
  const keys: string[] = object.properties.map((property: Node) => propertyKey(property)!);
  const targets = new Map<string, Node>();
  for (const property of pattern.properties) {
    if ((property.type !== 'ObjectProperty' && property.type !== 'Property') || property.computed || !isIdentifier(property.key)) return null;
    if (!isIdentifier(property.value) || targets.has(property.key.name) || !keys.includes(property.key.name)) return null;
    targets.set(property.key.name, property.value);
  }
  const elements = keys.map((key) => (targets.has(key) ? j.identifier(targets.get(key)!.name) : null));
  while (elements.length && elements[elements.length - 1] === null) elements.pop();
  const value = promiseAll(j, j.arrayExpression(object.properties.map((property: Node) => awaitable(j, property.value, knownArray))));
  return { pattern: j.arrayPattern(elements), value };
}

function promiseAll(j: JSCodeshift, array: Node): Node {
  return j.callExpression(j.memberExpression(j.identifier('Promise'), j.identifier('all')), [array]);
}
