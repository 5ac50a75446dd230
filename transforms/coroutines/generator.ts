/**
 * The generator function a runner call runs: written inline, or named (`co(load)`) when the name
 * is declared once in the file as a generator and the runner call is its only use (anywhere else
 * it would still be called as a generator after the rewrite).
 */
import { isFunction, isIdentifier, isPropertyName, memberRootName, usesOwnArguments, usesOwnThis, walk, type Node } from '../lib/ast';
import type { ModuleBindings } from '../lib/module-bindings';
import { isArrayValue } from '../parallel/effect-env';
import type { Runner } from './runners';
import { isArrayCall, ownYields, returnedValues, yieldProblem, type LocalFunctionKind, type Problem, type YieldFacts } from './yields';

export interface GeneratorTarget {
  fn: Node;
  /** Set when the generator is named: the runner call becomes a plain reference or call of it. */
  name: string | null;
}

export function resolveGenerator(argument: Node, program: Node, bindings: ModuleBindings): GeneratorTarget | Problem {
  if (isFunction(argument)) return { fn: argument, name: null };
  if (!isIdentifier(argument)) return { skip: 'generator-not-local', message: 'the runner is given an expression, not a generator function written here' };
  const { name } = argument;
  const declared = bindings.shadowed.has(name) ? null : declaredFunction(program, name);
  if (!declared) return { skip: 'generator-not-local', message: `${name} is not a generator function declared once in this file` };
  const { fn, exported } = declared;
  if (exported) return { skip: 'generator-used-elsewhere', message: `${name} is exported, and other modules may call it as a generator` };
  const uses = countReferences(program, name, fn);
  if (uses !== 1) return { skip: 'generator-used-elsewhere', message: `${name} is used ${uses - 1} more time${uses === 2 ? '' : 's'} besides this runner call, where it must stay a generator` };
  return { fn, name };
}

/** Why the runner's generator cannot become an async function, or null. */
export function generatorProblem(fn: Node, runner: Runner, facts: YieldFacts): Problem | null {
  if (!fn.generator || fn.async) return { skip: 'not-a-generator', message: `${runner.label} is given a function that is not a generator function` };
  if (runner.kind === 'run' && usesOwnThis(fn)) {
    return { skip: 'uses-this', message: `the generator uses its own \`this\`, which ${runner.label} sets to its own receiver` };
  }
  if (runner.kind === 'run' && usesOwnArguments(fn)) return { skip: 'uses-arguments', message: 'the generator reads `arguments`' };
  if (fn.returnType) return { skip: 'return-type-annotated', message: 'the generator declares a return type, which an async function would need rewritten as Promise<…>' };
  for (const { node } of ownYields(fn)) {
    const problem = yieldProblem(node, runner, facts);
    if (problem) return problem;
  }
  return null;
}

/** What the file declares by name once: generator functions, plain functions, thunk makers. */
export function readYieldFacts(program: Node, bindings: ModuleBindings): YieldFacts {
  const localFunctions = new Map<string, LocalFunctionKind>();
  const thunkNames = new Set<string>();
  const collectionNames = new Set<string>();
  const generatorMethods = new Set<string>();
  const arrayNames = new Set<string>();
  const otherNames = new Set<string>();
  const returning: Array<{ name: string; fn: Node }> = [];
  for (const [local, binding] of bindings.byLocalName) if (/thunk/i.test(binding.module)) thunkNames.add(local);
  walk(program, (node) => {
    const declared =
      node.type === 'FunctionDeclaration' && node.id ? { name: node.id.name, fn: node } : node.type === 'VariableDeclarator' && isIdentifier(node.id) && isFunction(node.init) ? { name: node.id.name, fn: node.init } : null;
    if (declared && !declared.fn.async) {
      const kind = declared.fn.generator ? 'generator' : returnsFunction(declared.fn) ? 'thunk-maker' : 'function';
      localFunctions.set(declared.name, mostCautious(localFunctions.get(declared.name), kind));
      if (kind === 'function') returning.push(declared);
    }
    // `{ *find() {…} }`, `class Repo { *load() {…} }`, `find: function* () {…}`: by name alone,
    // so `yield anything.find()` is taken for a generator (it may be one).
    const method = methodName(node);
    if (method && (node.generator || node.value?.generator)) generatorMethods.add(method);
    // `const ids = [1, 2]` (and no other declaration of ids): `ids.map(…)` is an array's map.
    if (node.type === 'VariableDeclarator' && isIdentifier(node.id)) (isArrayValue(node.init) ? arrayNames : otherNames).add(node.id.name);
    // `const ps = [a(), b()]; yield ps`: co resolves the array, await would hand it back.
    if (node.type === 'VariableDeclarator' && isIdentifier(node.id) && /^(ArrayExpression|ObjectExpression)$/.test(node.init?.type ?? '')) collectionNames.add(node.id.name);
    if (node.type === 'VariableDeclarator' && isIdentifier(node.id) && node.init?.type === 'CallExpression') {
      const root = memberRootName(node.init.callee);
      if (root && (thunkNames.has(root) || /thunk/i.test(root))) thunkNames.add(node.id.name);
    }
  });
  // `function all(ids) { return ids.map(get); }`: co resolves the array it returns.
  for (const { name, fn } of returning) {
    if (returnsCollection(fn, collectionNames)) localFunctions.set(name, mostCautious(localFunctions.get(name), 'collection-maker'));
  }
  for (const name of arrayNames) if (otherNames.has(name) || bindings.shadowed.has(name) || bindings.reassigned.has(name)) arrayNames.delete(name);
  const promiseShadowed = bindings.declared.has('Promise') && bindings.byLocalName.get('Promise')?.module !== 'bluebird';
  return { localFunctions, thunkNames, collectionNames, generatorMethods, arrayNames, moduleNames: new Set(bindings.byLocalName.keys()), promiseShadowed };
}

const CAUTION: LocalFunctionKind[] = ['function', 'collection-maker', 'thunk-maker', 'generator'];

/**
 * A name declared twice (in different scopes) may be either function where it is yielded: keep
 * the kind that skips the most, so a generator never becomes a plain `await`.
 */
function mostCautious(known: LocalFunctionKind | undefined, kind: LocalFunctionKind): LocalFunctionKind {
  return known && CAUTION.indexOf(known) > CAUTION.indexOf(kind) ? known : kind;
}

/** `function read(x) { return function (cb) {…}; }`: what it returns is a thunk. */
function returnsFunction(fn: Node): boolean {
  return returnedValues(fn).some((value) => isFunction(value));
}


/** The name of a method or property whose value may be a function: `{ find() {} }`, `class { load() {} }`, `{ find: function* () {} }`. */
function methodName(node: Node): string | null {
  if (!/^(ObjectMethod|ClassMethod|ClassPrivateMethod|MethodDefinition|ObjectProperty|Property|ClassProperty|PropertyDefinition)$/.test(node.type)) return null;
  const key = node.key;
  if (node.computed) return key?.type === 'StringLiteral' || key?.type === 'Literal' ? String(key.value) : null;
  if (isIdentifier(key)) return key.name;
  if (key?.type === 'StringLiteral' || key?.type === 'Literal') return String(key.value);
  return null;
}

/** A return of an array or object literal, an array-making call (`.map(…)`, `Object.keys(…)`) or a name holding a literal. */
function returnsCollection(fn: Node, collectionNames: Set<string>): boolean {
  return returnedValues(fn).some(
    (value) => /^(ArrayExpression|ObjectExpression)$/.test(value?.type ?? '') || (value?.type === 'CallExpression' && isArrayCall(value)) || (isIdentifier(value) && collectionNames.has(value.name)),
  );
}

/** The function declared as `name` (a declaration or `const name = function…`), and whether an `export` declares it. */
function declaredFunction(program: Node, name: string): { fn: Node; exported: boolean } | null {
  let found: { fn: Node; exported: boolean } | null = null;
  const exporting: Node[] = [];
  walk(program, (node, parent) => {
    if (found) return false;
    if (/^Export(Named|Default)Declaration$/.test(node.type)) exporting.push(node);
    const exported = !!parent && exporting.includes(parent);
    if (node.type === 'FunctionDeclaration' && isIdentifier(node.id, name)) found = { fn: node, exported };
    if (node.type === 'VariableDeclarator' && isIdentifier(node.id, name) && node.init?.type === 'FunctionExpression') {
      found = { fn: node.init, exported: program.body.some((s: Node) => exporting.includes(s) && s.declaration?.declarations?.includes(node)) };
    }
    return !found;
  });
  return found;
}

/** References of `name` as a variable, its own declaration excluded. */
function countReferences(program: Node, name: string, fn: Node): number {
  let count = 0;
  walk(program, (node, parent) => {
    if (!isIdentifier(node, name)) return true;
    if (node === fn.id || isPropertyName(node, parent)) return true;
    if (parent?.type === 'VariableDeclarator' && parent.id === node && parent.init === fn) return true;
    count += 1;
    return true;
  });
  return count;
}
