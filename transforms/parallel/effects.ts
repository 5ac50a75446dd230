/**
 * The effect model: what an awaited call reads or writes, so two calls can be judged independent
 * (their order may change) or not. Sources, most specific first: the config's `sequential` and
 * `pure` patterns, Node core APIs (fs reads and writes of a path, dns reads, zlib/crypto pure),
 * functions declared in the file (from their bodies), and name heuristics (`get…`, `load…` read).
 * Anything else may write.
 */
import { calleePath, matchesCalleePattern } from '../callbacks/promise-apis';
import { isFunction, isIdentifier, memberRootName, patternNames, someNode, walk, type Node } from '../lib/ast';
import { moduleBindingOf, type ModuleBindings } from '../lib/module-bindings';

export type EffectKind = 'pure' | 'read' | 'write';

export interface CallEffect {
  /** The callee as written, for messages: `db.getSubject`. */
  label: string;
  kind: EffectKind;
  /** Where its effects go: the receiver (`db`, `this.cache`), a module (`./db`), `fs`; null: anywhere. */
  receiver: string | null;
  /** fs calls: the path arguments. */
  paths: Node[] | null;
  /** Why it was classified so, for the report. */
  why: string;
  sequential: boolean;
  /**
   * It is known to write into what it is given though it writes no state (`fs.read` fills its
   * buffer): even a pure call must not share that argument with it. Calls of kind `write` may
   * change their arguments anyway; that is judged apart.
   */
  writesArguments: boolean;
  /** The call's own arguments (without a `promisify(…).call` receiver). */
  args: Node[];
}

export interface EffectEnv {
  bindings: ModuleBindings;
  /** Top-level `const xAsync = promisify(target)` helpers: name -> target. */
  helpers: Map<string, Node>;
  /** Functions declared in the file, by name (`load`, `exports.load`); null when the name is declared or assigned more than once. */
  functions: Map<string, Node | null>;
  /** Names declared anywhere with an object, array, buffer or `new` value: a call may fill them in. */
  mutableNames: Set<string>;
  /** Names every declaration of which gives a primitive (a literal, a `string`/`number`/`boolean` type): no call can write into them. */
  primitiveNames: Set<string>;
  /** What each function of the file does, once judged from its body. */
  judged: Map<Node, Pick<CallEffect, 'kind' | 'receiver' | 'paths' | 'why' | 'writesArguments'>>;
  /** Names declared once, with an array value or an array type. */
  arrayNames: Set<string>;
  pure: readonly string[];
  sequential: readonly string[];
}

const FS_READS = new Set(['readFile', 'stat', 'lstat', 'fstat', 'readdir', 'access', 'exists', 'readlink', 'realpath', 'opendir', 'read', 'readv']);
/** fs calls that read a file into the buffers they are given. */
const FS_READS_INTO = new Set(['read', 'readv']);
/** Methods named so (a file handle's, a stream's) read into the buffers they are given. */
const READ_INTO_NAME = /^(read|readv|readInto)$/;
/** Calls of the pure modules that fill the buffer they are given. */
const FILLS_ARGUMENT = new Set(['randomFill', 'randomFillSync']);
const READ_NAME = /^(get|find|load|read|fetch|list|stat|exists)([A-Z_$\d]|$)/;
/** `getOrCreate`, `findAndModify`: the name says it also writes. */
const WRITE_HINT = /(Or|And)(Create|Insert|Update|Set|Save|Modify|Remove|Delete)/;
const PURE_MODULES = new Set(['zlib', 'crypto', 'path', 'util']);
const PURE_GLOBALS = /^(JSON\.(parse|stringify)|Math\.\w+|Object\.(keys|values|entries|freeze)|Array\.(isArray|from|of)|String|Number|Boolean|parseInt|parseFloat|Promise\.(all|allSettled|race|any|resolve|reject)|promisify|util\.promisify)$/;
/** Array and string methods: pure only on a receiver known to be an array, with arguments that make no calls. */
const PURE_METHODS = new Set(['map', 'filter', 'slice', 'concat', 'join', 'reduce', 'some', 'every', 'includes', 'indexOf', 'toString', 'trim', 'split', 'toUpperCase', 'toLowerCase', 'startsWith', 'endsWith', 'replace', 'padStart', 'padEnd', 'toFixed']);

/** A node that does something when evaluated: a call, `new`, an assignment, `++`, `await`, `delete`. */
export function isActing(node: Node): boolean {
  return (
    /^(CallExpression|OptionalCallExpression|NewExpression|AssignmentExpression|UpdateExpression|AwaitExpression|YieldExpression|TaggedTemplateExpression)$/.test(node.type) ||
    (node.type === 'UnaryExpression' && node.operator === 'delete')
  );
}

/** An acting node anywhere in the arguments, function bodies included: they may run now or later. */
function argumentsAct(args: Node[]): boolean {
  return someNode(args, isActing);
}

/** `promisify` as bound in this file (`const { promisify } = require('util')`, `util.promisify`). */
function isPromisify(node: Node, bindings: ModuleBindings): boolean {
  if (isIdentifier(node)) {
    const binding = moduleBindingOf(bindings, node.name);
    return binding?.module === 'util' && binding.imported === 'promisify';
  }
  return node?.type === 'MemberExpression' && isIdentifier(node.property, 'promisify') && isIdentifier(node.object) && moduleBindingOf(bindings, node.object.name)?.module === 'util';
}

/** `promisify(x)`: the promisified target, else null. */
export function promisifiedTarget(node: Node, bindings: ModuleBindings): Node | null {
  return node?.type === 'CallExpression' && node.arguments.length === 1 && isPromisify(node.callee, bindings) ? node.arguments[0] : null;
}

/** The function a call really runs, seen through `promisify(f).call(recv, …)`, `promisify(f)(…)` and hoisted helpers. */
export function callTarget(call: Node, env: EffectEnv): { target: Node; args: Node[]; wrapper: Node[] } {
  const callee = call.callee;
  if (callee.type === 'MemberExpression' && isIdentifier(callee.property, 'call') && !callee.computed) {
    const target = promisifiedTarget(callee.object, env.bindings);
    if (target) return { target, args: call.arguments.slice(1), wrapper: [callee.object.callee, call.arguments[0]] };
  }
  const target = promisifiedTarget(callee, env.bindings);
  if (target) return { target, args: call.arguments, wrapper: [callee.callee] };
  if (isIdentifier(callee) && env.helpers.has(callee.name)) return { target: env.helpers.get(callee.name), args: call.arguments, wrapper: [] };
  return { target: callee, args: call.arguments, wrapper: [] };
}

/** The core module member a target names: `fs.readFile`, `fsPromises.readFile`, `fs.promises.readFile`, `readFile` from fs. */
function coreTarget(target: Node, bindings: ModuleBindings): { module: string; member: string } | null {
  const moduleOf = (name: string) => {
    const binding = moduleBindingOf(bindings, name);
    if (!binding || binding.module.startsWith('.')) return null;
    return binding;
  };
  if (isIdentifier(target)) {
    const binding = moduleOf(target.name);
    return binding && binding.imported !== '*' && binding.imported !== 'default' ? { module: binding.module.replace(/\/promises$/, ''), member: binding.imported } : null;
  }
  if (target.type !== 'MemberExpression' || target.computed || !isIdentifier(target.property)) return null;
  const object = target.object;
  const member = target.property.name;
  if (isIdentifier(object)) {
    const binding = moduleOf(object.name);
    if (binding && (binding.imported === '*' || binding.imported === 'default')) return { module: binding.module.replace(/\/promises$/, ''), member };
    if (binding && binding.imported === 'promises') return { module: binding.module, member };
  }
  if (object.type === 'MemberExpression' && isIdentifier(object.property, 'promises') && isIdentifier(object.object)) {
    const binding = moduleOf(object.object.name);
    if (binding && (binding.imported === '*' || binding.imported === 'default')) return { module: binding.module, member };
  }
  return null;
}

/** Where a target's effects go: its receiver path, or the local module a bare function comes from. */
function receiverOf(target: Node, bindings: ModuleBindings): string | null {
  if (target.type === 'MemberExpression') return calleePath(target.object);
  if (isIdentifier(target)) {
    const binding = moduleBindingOf(bindings, target.name);
    if (binding) return `module ${binding.module}`;
  }
  return null;
}

function nameOf(target: Node): string {
  if (isIdentifier(target)) return target.name;
  if (target.type === 'MemberExpression' && !target.computed && isIdentifier(target.property)) return target.property.name;
  return '';
}

export function describeCall(call: Node, env: EffectEnv, visiting = new Set<Node>()): CallEffect {
  const { target, args } = callTarget(call, env);
  const path = calleePath(target);
  const label = path ?? 'a computed callee';
  const base = { label, args, paths: null, sequential: false, writesArguments: false };
  if (matchesCalleePattern(path, env.sequential)) {
    return { ...base, kind: 'write', receiver: null, why: `${label} is declared sequential in the config`, sequential: true };
  }
  if (matchesCalleePattern(path, env.pure)) return { ...base, kind: 'pure', receiver: null, why: `${label} is declared pure in the config` };
  const core = coreTarget(target, env.bindings);
  if (core) return describeCore(core, base);
  if (path && PURE_GLOBALS.test(path)) {
    // `Promise.all(items.map((i) => db.insert(i)))` does what its arguments do.
    if (argumentsAct(args)) return { ...base, kind: 'write', receiver: null, why: `the arguments of ${label} make calls that may write` };
    return { ...base, kind: 'pure', receiver: null, why: `${label} has no side effects` };
  }
  const name = nameOf(target);
  if (path && env.functions.has(path)) {
    const fn = env.functions.get(path);
    if (!fn) return { ...base, kind: 'write', receiver: null, why: `${label} names more than one function in this file` };
    return describeLocalFunction(fn, base, env, visiting);
  }
  const receiver = receiverOf(target, env.bindings);
  const onKnownArray = target.type === 'MemberExpression' && isIdentifier(target.object) && env.arrayNames.has(target.object.name);
  if (onKnownArray && PURE_METHODS.has(name) && !argumentsAct(args)) return { ...base, kind: 'pure', receiver, why: `.${name}() of an array has no side effects` };
  if (READ_NAME.test(name) && !WRITE_HINT.test(name)) {
    const into = READ_INTO_NAME.test(name);
    return { ...base, kind: 'read', receiver, why: `${label} reads (by its name)${into ? ' into the buffer it is given' : ''}`, writesArguments: into };
  }
  return { ...base, kind: 'write', receiver, why: `${label} may write` };
}

function describeCore(core: { module: string; member: string }, base: Pick<CallEffect, 'label' | 'args' | 'sequential' | 'writesArguments'>): CallEffect {
  const { module, member } = core;
  if (module === 'fs') {
    const read = FS_READS.has(member);
    const into = FS_READS_INTO.has(member);
    const paths = member === 'rename' || member === 'copyFile' || member === 'cp' || member === 'link' || member === 'symlink' ? base.args.slice(0, 2) : base.args.slice(0, 1);
    // fs calls write files, not their arguments, except the reads that fill a buffer.
    const why = into ? `fs.${member} reads a file into the buffer it is given` : `fs.${member} ${read ? 'reads' : 'writes'} ${paths.length > 1 ? 'paths' : 'a path'}`;
    return { ...base, kind: read ? 'read' : 'write', receiver: 'fs', paths, why, writesArguments: into };
  }
  if (module === 'dns') return { ...base, kind: 'read', receiver: 'dns', paths: null, why: `dns.${member} is a lookup` };
  if (PURE_MODULES.has(module)) {
    if (FILLS_ARGUMENT.has(member)) return { ...base, kind: 'pure', receiver: null, paths: null, why: `${module}.${member} fills the buffer it is given`, writesArguments: true };
    return { ...base, kind: 'pure', receiver: null, paths: null, why: `${module}.${member} works on its arguments only` };
  }
  return { ...base, kind: 'write', receiver: null, paths: null, why: `${module}.${member} may have any effect` };
}

/**
 * A function of this file: it writes when it assigns anything declared outside it or makes a call
 * that writes; otherwise it reads. Its writes go to one receiver when all its writing calls share one.
 */
function describeLocalFunction(fn: Node, base: Pick<CallEffect, 'label' | 'args' | 'sequential' | 'writesArguments'>, env: EffectEnv, visiting: Set<Node>): CallEffect {
  const { label } = base;
  // Recursion is judged as writing: a sound answer that can be cached (each body is read once).
  if (visiting.has(fn)) return { ...base, kind: 'write', receiver: null, paths: null, why: `${label} is recursive` };
  const cached = env.judged.get(fn);
  if (cached) return { ...base, ...cached };
  visiting.add(fn);
  try {
    const effect = judgeBody(fn, base, env, visiting);
    env.judged.set(fn, { kind: effect.kind, receiver: effect.receiver, paths: null, why: effect.why, writesArguments: effect.writesArguments });
    return effect;
  } finally {
    visiting.delete(fn);
  }
}

function judgeBody(fn: Node, base: Pick<CallEffect, 'label' | 'args' | 'sequential' | 'writesArguments'>, env: EffectEnv, visiting: Set<Node>): CallEffect {
  const { label } = base;
  const outer = assignedOuterName(fn);
  if (outer) return { ...base, kind: 'write', receiver: null, paths: null, why: `${label} assigns \`${outer}\`, declared outside it` };
  const inner: CallEffect[] = [];
  walk(fn.body, (node) => {
    if (node.type === 'CallExpression' && !promisifiedTarget(node, env.bindings)) inner.push(describeCall(node, env, visiting));
    return true;
  });
  const writes = inner.filter((effect) => effect.kind === 'write');
  // A call inside that fills what it is given may fill this function's arguments.
  const filler = inner.find((effect) => effect.writesArguments);
  if (writes.length === 0 && filler) return { ...base, kind: 'read', receiver: null, paths: null, why: `${label} only reads, but ${filler.label} fills what it is given`, writesArguments: true };
  if (writes.length === 0) return { ...base, kind: 'read', receiver: null, paths: null, why: inner.length ? `${label} only reads (${inner.filter((e) => e.kind === 'read').map((e) => e.label).join(', ') || 'pure calls'})` : `${label} calls nothing` };
  const receivers = new Set(writes.map((w) => w.receiver));
  const receiver = receivers.size === 1 ? writes[0].receiver : null;
  return { ...base, kind: 'write', receiver, paths: null, why: `${label} calls ${writes[0].label}, which may write`, writesArguments: !!filler };
}

/** The first name assigned (or updated, or written through `x.y =`) in `fn` that `fn` does not declare. */
function assignedOuterName(fn: Node): string | null {
  const declared = new Set(namesDeclaredWithin(fn));
  // `opts.limit = …` writes the caller's object: a parameter is not the function's own.
  for (const param of fn.params) for (const name of patternNames(param)) declared.delete(name);
  return firstOuterWrite(fn.body, declared);
}

/**
 * The first name under `root` that is assigned, updated, deleted from or written through
 * (`x.y = …`) and is not in `local`; null when there is none.
 */
export function firstOuterWrite(root: Node, local: Set<string>): string | null {
  let found: string | null = null;
  walk(root, (node) => {
    if (found) return false;
    const targets = node.type === 'AssignmentExpression' ? [node.left] : node.type === 'UpdateExpression' ? [node.argument] : node.type === 'UnaryExpression' && node.operator === 'delete' ? [node.argument] : [];
    for (const target of targets) {
      // `this.x` roots at `this`, which is never a local.
      const rootName = target.type === 'MemberExpression' || isIdentifier(target) ? memberRootName(target) : null;
      const names = rootName ? [rootName] : patternNames(target);
      const outer = names.find((name) => !local.has(name));
      if (outer) found = outer;
    }
    return true;
  });
  return found;
}


/** Parameters and declarations anywhere under `root`, every function inside it included. */
export function namesDeclaredWithin(root: Node): string[] {
  const names: string[] = [];
  walk(root, (node) => {
    if (node.type === 'VariableDeclarator') patternNames(node.id, names);
    if (isFunction(node)) {
      if (node.id) names.push(node.id.name);
      for (const param of node.params) patternNames(param, names);
    }
    if (node.type === 'CatchClause' && node.param) patternNames(node.param, names);
    if (node.type === 'ClassDeclaration' && node.id) names.push(node.id.name);
  });
  return names;
}

export type Judgement = { independent: true; reason: string } | { independent: false; reason: string };

/** May `b` run before `a` has finished? `a` comes first in the source. */
export function judgeIndependence(a: CallEffect, b: CallEffect, env: Pick<EffectEnv, 'mutableNames' | 'primitiveNames' | 'bindings'>): Judgement {
  if (a.sequential || b.sequential) return { independent: false, reason: (a.sequential ? a : b).why };
  const sharedNames = sharedArguments(a, b);
  // Before anything else, pure calls included: a value one call writes into must not be read (or written) by the other meanwhile.
  if (a.writesArguments || b.writesArguments) {
    const object = sharedNames.find((name) => !env.primitiveNames.has(name));
    if (object) {
      const writer = a.writesArguments ? a : b;
      return { independent: false, reason: `both calls receive \`${object}\`, which ${writer.label} may write into` };
    }
  }
  const mutable = sharedNames.find((name) => env.mutableNames.has(name));
  if (mutable && (a.kind === 'write' || b.kind === 'write') && (a.kind === 'pure' || b.kind === 'pure')) {
    const writer = a.kind === 'write' ? a : b;
    return { independent: false, reason: `both calls receive the object \`${mutable}\`, which ${writer.label} may change` };
  }
  if (a.kind === 'pure' || b.kind === 'pure') return { independent: true, reason: (a.kind === 'pure' ? a : b).why };
  const shared = sharedNames[0] ?? null;
  if (shared && (a.kind === 'write' || b.kind === 'write')) {
    const writer = a.kind === 'write' ? a : b;
    return { independent: false, reason: `both calls receive \`${shared}\`, which ${writer.label} may change` };
  }
  if (mutable && !(a.paths && b.paths)) {
    return { independent: false, reason: `both calls receive the object \`${mutable}\`; ${a.label} may fill it in for ${b.label}` };
  }
  if (a.kind === 'read' && b.kind === 'read') return { independent: true, reason: `both only read: ${a.why}; ${b.why}` };
  if (a.paths && b.paths) {
    return distinctLiteralPaths([...a.paths, ...b.paths])
      ? { independent: true, reason: `${a.label} and ${b.label} touch different files` }
      : { independent: false, reason: `${a.kind === 'write' ? a.label : b.label} writes a path the other call may ${a.kind === 'write' && b.kind === 'write' ? 'also write' : 'read'}` };
  }
  if (a.kind === 'write' && b.kind === 'write') return { independent: false, reason: `${a.label} and ${b.label} may both write; their order is kept` };
  const [writer, reader] = a.kind === 'write' ? [a, b] : [b, a];
  // Any code can reach the file system: a write through another receiver may change the files
  // an fs call reads, and another receiver's read may read what an fs call writes.
  if ((writer.receiver === 'fs') !== (reader.receiver === 'fs')) {
    return { independent: false, reason: `${writer.label} may write files that ${reader.label} reads, or read what it writes` };
  }
  if (!writer.receiver) return { independent: false, reason: `${writer.why}, so it may change what ${reader.label} reads` };
  if (writer.receiver === reader.receiver) return { independent: false, reason: `${writer.label} may change what ${reader.label} reads through ${writer.receiver}` };
  if (!reader.receiver) return { independent: false, reason: `${reader.label} may read what ${writer.label} writes` };
  if (!distinctModules(writer.receiver, reader.receiver, env.bindings)) {
    return { independent: false, reason: `${writer.receiver} and ${reader.receiver} may be the same object (this, a parameter, an alias or a property of it), which ${writer.label} may change` };
  }
  return { independent: true, reason: `${reader.why}, through ${reader.receiver}; ${writer.label} goes through ${writer.receiver}` };
}

/**
 * Receivers that are surely different objects: two different modules (`db.save` and
 * `cache.get`, `require`d or imported). `this.a` and `this.b`, parameters, aliases (`const repo =
 * db`) and nested receivers (`store` and `store.users`) may share state.
 */
function distinctModules(a: string, b: string, bindings: ModuleBindings): boolean {
  const moduleOf = (receiver: string) => {
    if (receiver.startsWith('module ')) return receiver.slice('module '.length);
    if (receiver.includes('.')) return null;
    const binding = moduleBindingOf(bindings, receiver);
    return binding && !bindings.reassigned.has(receiver) ? `${binding.module}#${binding.imported}` : null;
  };
  const [left, right] = [moduleOf(a), moduleOf(b)];
  return !!left && !!right && left !== right;
}

/** The variables passed to both calls, in `b`'s order (objects passed along may be mutated by a write). */
function sharedArguments(a: CallEffect, b: CallEffect): string[] {
  const names = (args: Node[]) => {
    const found = new Set<string>();
    for (const arg of args) {
      walk(arg, (node, parent) => {
        if (isIdentifier(node) && !(parent?.type === 'MemberExpression' && parent.property === node && !parent.computed)) found.add(node.name);
        return !isFunction(node);
      });
    }
    return found;
  };
  const fromA = names(a.args);
  return [...names(b.args)].filter((name) => fromA.has(name) && name !== 'undefined');
}

function distinctLiteralPaths(paths: Node[]): boolean {
  const values: string[] = [];
  for (const path of paths) {
    if (path?.type !== 'StringLiteral' && !(path?.type === 'Literal' && typeof path.value === 'string')) return false;
    values.push(String(path.value).replace(/^\.\//, '').replace(/\/+$/, ''));
  }
  return values.every((v, i) => values.every((w, k) => k === i || (v !== w && !w.startsWith(`${v}/`))));
}
