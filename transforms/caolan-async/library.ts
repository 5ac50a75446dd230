/**
 * Which calls are caolan `async` calls: `async.waterfall(…)` through a binding of the `async`
 * module, `waterfall(…)` imported from it by name, and the `promisify(async.waterfall).call(async,
 * …)` form the callbacks transform gives a pass-through to it.
 */
import { isIdentifier, type Node } from '../lib/ast';
import { moduleBindingOf, type ModuleBindings } from '../lib/module-bindings';

export const LIBRARY = 'async';

/** The library's names for the functions this transform knows, aliases folded in. */
const ALIASES: Record<string, string> = {
  waterfall: 'waterfall',
  series: 'series',
  parallel: 'parallel',
  each: 'each',
  forEach: 'each',
  eachSeries: 'eachSeries',
  forEachSeries: 'eachSeries',
  eachLimit: 'eachLimit',
  forEachLimit: 'eachLimit',
  map: 'map',
  mapSeries: 'mapSeries',
  mapLimit: 'mapLimit',
  whilst: 'whilst',
  until: 'until',
  retry: 'retry',
  times: 'times',
  auto: 'auto',
};

/** Library functions that stay as they are: queues and the rest have no await form. */
const KNOWN_OTHERS = new Set(['queue', 'priorityQueue', 'cargo', 'cargoQueue', 'autoInject', 'compose', 'seq', 'applyEach', 'memoize', 'forever']);

export interface LibraryCall {
  /** The whole expression whose value is the library call's promise (or its return value). */
  call: Node;
  /** Canonical name (`each` for `forEach`), or the name as written for functions it does not know. */
  method: string;
  known: boolean;
  /** The arguments the library function receives (the promisify form's appended callback excluded). */
  args: Node[];
  /** `promise`: called without its final callback (v3 returns a promise); `promisify`: through util.promisify. */
  form: 'direct' | 'promisify';
}

/** The library function a reference names (`async.each`, `each` imported by name), or null. */
export function libraryMember(node: Node, bindings: ModuleBindings): string | null {
  if (node?.type === 'MemberExpression' && !node.computed && isIdentifier(node.object) && isIdentifier(node.property)) {
    return isNamespace(node.object, bindings) ? node.property.name : null;
  }
  if (isIdentifier(node)) {
    const binding = moduleBindingOf(bindings, node.name);
    if (binding?.module === LIBRARY && binding.imported !== '*' && binding.imported !== 'default') {
      return binding.imported;
    }
  }
  return null;
}

function isNamespace(node: Node, bindings: ModuleBindings): boolean {
  if (!isIdentifier(node)) return false;
  const binding = moduleBindingOf(bindings, node.name);
  return binding?.module === LIBRARY && (binding.imported === '*' || binding.imported === 'default') && !bindings.reassigned.has(node.name);
}

/**
 * `const waterfallAsync = promisify(waterfall)` at the top level (how the callbacks transform
 * hoists the promise form of a plain function): helper name -> library function.
 */
export function readPromisifiedHelpers(program: Node, bindings: ModuleBindings): Map<string, { member: string; statement: Node }> {
  const helpers = new Map<string, { member: string; statement: Node }>();
  for (const statement of program.body) {
    if (statement.type !== 'VariableDeclaration' || statement.kind !== 'const' || statement.declarations.length !== 1) continue;
    const [declarator] = statement.declarations;
    if (!isIdentifier(declarator.id) || !isPromisifyCall(declarator.init, bindings) || bindings.reassigned.has(declarator.id.name)) continue;
    const member = libraryMember(declarator.init.arguments[0], bindings);
    if (member) helpers.set(declarator.id.name, { member, statement });
  }
  return helpers;
}

/** Reads a call as a library call, or null when it is not one. */
export function readLibraryCall(call: Node, bindings: ModuleBindings, helpers: Map<string, { member: string }> = new Map()): LibraryCall | null {
  if (call?.type !== 'CallExpression') return null;
  const direct = libraryMember(call.callee, bindings);
  if (direct) return describe(call, direct, call.arguments, 'direct');
  const helper = isIdentifier(call.callee) && !bindings.shadowed.has(call.callee.name) ? helpers.get(call.callee.name) : undefined;
  if (helper) return describe(call, helper.member, call.arguments, 'promisify');
  // promisify(async.x).call(async, …)
  const callee = call.callee;
  if (callee.type === 'MemberExpression' && !callee.computed && isIdentifier(callee.property, 'call') && isPromisifyCall(callee.object, bindings)) {
    const member = libraryMember(callee.object.arguments[0], bindings);
    const [thisArg, ...args] = call.arguments;
    if (member && thisArg && isNamespace(thisArg, bindings)) return describe(call, member, args, 'promisify');
  }
  return null;
}

function describe(call: Node, name: string, args: Node[], form: LibraryCall['form']): LibraryCall {
  const method = ALIASES[name] ?? name;
  return { call, method, known: method in ALIASES || KNOWN_OTHERS.has(name), args, form };
}

function isPromisifyCall(node: Node, bindings: ModuleBindings): boolean {
  if (node?.type !== 'CallExpression' || node.arguments.length !== 1) return false;
  const callee = node.callee;
  if (isIdentifier(callee)) return bindings.byLocalName.get(callee.name)?.module === 'util' && bindings.byLocalName.get(callee.name)?.imported === 'promisify';
  return callee.type === 'MemberExpression' && isIdentifier(callee.property, 'promisify') && isIdentifier(callee.object) && bindings.byLocalName.get(callee.object.name)?.module === 'util';
}

/** How many arguments each function takes before its final callback. */
export const ARITY: Record<string, number> = {
  waterfall: 1,
  series: 1,
  parallel: 1,
  each: 2,
  eachSeries: 2,
  eachLimit: 3,
  map: 2,
  mapSeries: 2,
  mapLimit: 3,
  whilst: 2,
  until: 2,
  times: 2,
  auto: 1,
};

/** auto takes an optional concurrency before its callback. */
export function autoHasCallback(args: Node[]): boolean {
  return args.length >= 3 || (args.length === 2 && (args[1].type === 'FunctionExpression' || args[1].type === 'ArrowFunctionExpression' || isIdentifier(args[1])));
}
