/**
 * Functions that take a trailing error-first completion callback, and every reference to them in
 * the file: the set the transform tries to turn into `async` functions.
 */
import type { ASTPath, Collection, JSCodeshift } from 'jscodeshift';
import { forEachChild, isFunction, isIdentifier, isLoop, isNullish, usesOwnArguments, walk, type Node } from '../lib/ast';
import { isVariableIdentifier } from '../lib/rename';
import { classMethodHome, findClassReceivers, type ClassHome } from './class-methods';
import { isKnownNotErrorFirst, looksLikeErrorName } from './site';
import type { TapeTest, TapeTests } from './tape';

export type Reference =
  /**
   * `valueUsed`: the call's synchronous result is used (`const req = load(id, cb)`);
   * `enclosingFunction`: the nearest function around the call (null at the top level);
   * `inLoop`: a loop lies between the call and that function.
   */
  | { kind: 'call'; call: Node; node: Node; valueUsed: boolean; enclosingFunction: Node | null; inLoop: boolean }
  /** `holder[key]` is the exported value, where a wrapper can go; null for ES export syntax. */
  | { kind: 'export'; node: Node; exportName: string; holder: Node | null; key: string }
  | { kind: 'value'; node: Node };

export interface Candidate {
  fn: Node;
  name: string;
  /** How the report names it: `load(…, cb)`, `the it(…) test function`. */
  label: string;
  callbackName: string;
  exported: boolean;
  /** Names other modules import it by (`default` for a default export). */
  exportNames: string[];
  /** `exports.x = function …`: the assignment whose right side is the function. */
  exportAssignment?: Node;
  /** `export function f` / `export default function`: exported by a declaration. */
  exportedByDeclaration: boolean;
  references: Reference[];
  /** Results passed on success (`cb(null, a, b)` -> 2); null when it passes its callback on. */
  resultCount: number | null;
  /** Calls its callback outside any nested callback: on that path it called back synchronously. */
  mayCallBackSynchronously: boolean;
  /** Known before lifting: the callback is used where no lifting can reach (a timer, a listener). */
  escapes: { reason: string; message: string; node: Node } | null;
  /** A class method whose class or instances leave the file: it keeps a callback API on the prototype. */
  classWrapper?: { home: ClassHome; reason: string };
  /** A tape test, its `t.end` standing in as the callback parameter (tape.ts). */
  tape?: TapeTest;
}

const COMPLETION_NAME = /^(cb|callback|done|next|cont|continuation|callback[A-Z_]\w*|cb[A-Z_]\w*|done[A-Z_]\w*|\w*Callback|\w*Cb)$/;

export interface FileFunctions {
  candidates: Candidate[];
  /** Functions that are already async (not generators): their tail callbacks can be awaited. */
  asyncFunctions: Node[];
}

/** Identifier paths by name, for scope lookups (JSX identifiers included, as ast-types counts them). */
export interface IdentifierPaths {
  get(name: string): ASTPath<Node>[] | undefined;
}

/**
 * One traversal of the file: functions, and identifiers by name. The walk is the shared plain one;
 * ast-types paths (which carry scopes) are made only for the nodes a lookup asks for, from a fresh
 * root path, so no scope cached before this transform's edits is reused.
 *
 * `promiseTests`: the file's test runner awaits promises returned by test functions, so
 * `it('…', function (done) {…})` may become async (see engine/test-runner.ts).
 */
export function findFunctions(j: JSCodeshift, root: Collection<any>, promiseTests = false, tape: TapeTests = { tests: new Map(), recognised: new Set() }): FileFunctions {
  const file = root.get().node;
  const index = indexFile(j, file);
  const program = file.program;
  const candidates = index.functions.flatMap((frame) => {
    const candidate = candidateFor(frame.node, () => index.pathOf(frame), index.identifiers, promiseTests, program, tape);
    return candidate ? [candidate] : [];
  });
  return { candidates, asyncFunctions: index.asyncFunctions };
}

/** Where a node sits: `parent.node[key]`, or `parent.node[key][index]` when `index >= 0`. */
interface Frame {
  node: Node;
  parent: Frame | null;
  key: string;
  index: number;
}

interface FileIndex {
  /** Plain, non-async, non-generator functions and methods: the possible candidates. */
  functions: Frame[];
  asyncFunctions: Node[];
  identifiers: IdentifierPaths;
  pathOf(frame: Frame): ASTPath<Node>;
}

function indexFile(j: JSCodeshift, file: Node): FileIndex {
  const { namedTypes, NodePath } = j.types;
  const functions: Frame[] = [];
  const asyncFunctions: Node[] = [];
  const identifierFrames = new Map<string, Frame[]>();
  const visit = (frame: Frame): void => {
    const node = frame.node;
    if (namedTypes.Function.check(node)) {
      if (node.async && !node.generator) asyncFunctions.push(node);
      else if (!node.async && !node.generator && (PLAIN_FUNCTIONS.has(node.type) || node.type === 'ObjectMethod' || node.type === 'ClassMethod')) functions.push(frame);
    } else if (namedTypes.Identifier.check(node)) {
      const list = identifierFrames.get(node.name);
      if (list) list.push(frame);
      else identifierFrames.set(node.name, [frame]);
    }
    forEachChild(node, (child, key, index) => visit({ node: child, parent: frame, key, index }));
  };
  visit({ node: file, parent: null, key: '', index: -1 });

  const rootPath = new NodePath(file) as ASTPath<Node>;
  const pathOf = (frame: Frame): ASTPath<Node> => {
    const names: Array<string | number> = [];
    for (let at: Frame | null = frame; at?.parent; at = at.parent) {
      if (at.index >= 0) names.push(at.index);
      names.push(at.key);
    }
    return names.length ? rootPath.get(...names.reverse()) : rootPath;
  };
  const made = new Map<string, ASTPath<Node>[]>();
  const identifiers: IdentifierPaths = {
    get(name) {
      let paths = made.get(name);
      if (!paths) {
        const frames = identifierFrames.get(name);
        if (!frames) return undefined;
        paths = frames.map(pathOf);
        made.set(name, paths);
      }
      return paths;
    },
  };
  return { functions, asyncFunctions, identifiers, pathOf };
}

const PLAIN_FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/** `pathOf`: the function's ast-types path, made only once the function's own shape qualifies. */
function candidateFor(fn: Node, pathOf: () => ASTPath<Node>, identifiers: IdentifierPaths, promiseTests: boolean, program: Node, tape: TapeTests): Candidate | null {
  const tapeTest = tape.tests.get(fn);
  if (tapeTest) return { ...testCandidate(pathOf(), 'test', tapeTest.label, identifiers, tapeTest.endName), tape: tapeTest };
  if (tape.recognised.has(fn)) return null;
  const last = fn.params[fn.params.length - 1];
  if (!isIdentifier(last) || !isCompletionCallback(fn, last.name)) return null;
  const path = pathOf();
  if (fn.type === 'ClassMethod') {
    const classHome = classMethodHome(path, program);
    return classHome ? classMethodCandidate(path, classHome, identifiers, last.name) : null;
  }
  const home = methodHome(path);
  if (home) return methodCandidate(path, home, identifiers, last.name);
  const runner = promiseTests ? testRunnerCall(path) : null;
  if (runner) return testCandidate(path, runner, `the ${runner}(…) function`, identifiers, last.name);
  const binding = bindingOf(path);
  if (!binding) return null;
  const references = binding.scopePath
    ? findReferences(identifiers.get(binding.name) ?? [], binding.name, binding.scopePath, binding.idNode)
    : binding.exportAssignment
      ? findExportMemberReferences(identifiers, binding.exportName!, binding.exportAssignment)
      : [];
  const exportNames = [
    ...(binding.exportName ? [binding.exportName] : []),
    ...references.flatMap((r) => (r.kind === 'export' ? [r.exportName] : [])),
  ];
  return {
    fn,
    name: binding.name,
    label: `${binding.name}(…, ${last.name})`,
    callbackName: last.name,
    exported: exportNames.length > 0,
    exportNames,
    exportAssignment: binding.exportAssignment,
    exportedByDeclaration: !!binding.exportName && !binding.exportAssignment,
    references,
    resultCount: staticResultCount(fn, last.name),
    mayCallBackSynchronously: callsBackDirectly(fn, last.name),
    escapes: findCertainEscape(path, identifiers.get(last.name) ?? [], last.name) ?? readsArguments(fn),
  };
}

/** Dropping the callback parameter changes what `arguments` holds: such a function keeps it. */
function readsArguments(fn: Node): Candidate['escapes'] {
  if (fn.type === 'ArrowFunctionExpression' || !usesOwnArguments(fn)) return null;
  return { reason: 'uses-arguments', message: 'the function reads `arguments`, which would lose the callback', node: fn };
}

/** Test and hook functions of mocha, jest and jasmine: the runner calls them and awaits. */
const TEST_RUNNER_FUNCTIONS = new Set(['it', 'test', 'specify', 'before', 'after', 'beforeEach', 'afterEach', 'beforeAll', 'afterAll']);

/** `it('…', function (done) {…})`, `test.only('…', (done) => …)`: the runner function, else null. */
function testRunnerCall(path: ASTPath<Node>): string | null {
  const fn = path.node;
  const call = path.parent?.node;
  if (fn.type === 'FunctionDeclaration' || fn.params.length !== 1) return null;
  if (call?.type !== 'CallExpression' || call.arguments[call.arguments.length - 1] !== fn) return null;
  const callee = call.callee;
  const name = isIdentifier(callee)
    ? callee.name
    : callee.type === 'MemberExpression' && isIdentifier(callee.object) && isIdentifier(callee.property) && ['only', 'skip'].includes(callee.property.name)
      ? callee.object.name
      : null;
  return name && TEST_RUNNER_FUNCTIONS.has(name) ? name : null;
}

/** A method of a top-level class: converts with the calls on receivers known to be its class (class-methods.ts). */
function classMethodCandidate(path: ASTPath<Node>, home: ClassHome, identifiers: IdentifierPaths, callbackName: string): Candidate {
  const fn = path.node;
  const receivers = findClassReceivers(home, identifiers);
  const unknownCallers = receivers.kind === 'unknown' ? { reason: 'method-callers-unknown', message: receivers.message, node: fn } : null;
  const leavesFile = receivers.kind === 'known' ? receivers.leavesFile : null;
  const label = `${home.className}${home.isStatic ? '.' : '#'}${home.key}(…, ${callbackName})`;
  return {
    fn,
    name: home.key,
    label,
    callbackName,
    exported: !!leavesFile,
    exportNames: [],
    exportedByDeclaration: false,
    references: receivers.kind === 'known' ? receivers.calls.map(useAt) : [],
    resultCount: staticResultCount(fn, callbackName),
    mayCallBackSynchronously: callsBackDirectly(fn, callbackName),
    escapes: findCertainEscape(path, identifiers.get(callbackName) ?? [], callbackName) ?? unknownCallers ?? readsArguments(fn),
    classWrapper: leavesFile ? { home, reason: `${home.className} ${leavesFile}, so callers elsewhere may still pass a callback` } : undefined,
  };
}

/** A test function has one caller, the runner, which awaits: nothing else to convert with it. */
function testCandidate(path: ASTPath<Node>, runner: string, label: string, identifiers: IdentifierPaths, callbackName: string): Candidate {
  const fn = path.node;
  return {
    fn,
    name: runner,
    label,
    callbackName,
    exported: false,
    exportNames: [],
    exportedByDeclaration: false,
    references: [],
    resultCount: staticResultCount(fn, callbackName),
    mayCallBackSynchronously: callsBackDirectly(fn, callbackName),
    escapes: findCertainEscape(path, identifiers.get(callbackName) ?? [], callbackName) ?? readsArguments(fn),
  };
}

/** An object-literal method and the object it lives in: `module.exports = { … }` or `const api = { … }`. */
interface MethodHome {
  key: string;
  object: Node;
  /** `module.exports`, or the name of the variable holding the object. */
  holder: string;
}

function methodHome(path: ASTPath<Node>): MethodHome | null {
  const fn = path.node;
  const propertyPath =
    fn.type === 'ObjectMethod'
      ? fn.kind === 'method'
        ? path
        : null
      : path.parent?.node?.type === 'ObjectProperty' && path.parent.node.value === fn
        ? path.parent
        : null;
  const property = propertyPath?.node;
  if (!property || property.computed || !isIdentifier(property.key)) return null;
  const object = propertyPath!.parent?.node;
  const owner = propertyPath!.parent?.parent?.node;
  if (object?.type !== 'ObjectExpression' || !owner) return null;
  if (owner.type === 'AssignmentExpression' && owner.right === object && isModuleExports(owner.left)) {
    return { key: property.key.name, object, holder: 'module.exports' };
  }
  if (owner.type === 'VariableDeclarator' && owner.init === object && isIdentifier(owner.id)) {
    return { key: property.key.name, object, holder: owner.id.name };
  }
  return null;
}

/**
 * A method converts with its callers only when every `.key` in the file is reached through a
 * receiver known to be its object: the holder (`api.load`, `module.exports.load`, `exports.load`)
 * or `this` in a method of the same object. Any other `x.key(…)` may be a different function.
 */
function methodCandidate(path: ASTPath<Node>, home: MethodHome, identifiers: IdentifierPaths, callbackName: string): Candidate {
  const fn = path.node;
  const references: Reference[] = [];
  let escapes: Candidate['escapes'] = findCertainEscape(path, identifiers.get(callbackName) ?? [], callbackName) ?? objectEscapes(home, identifiers, fn);
  for (const keyPath of identifiers.get(home.key) ?? []) {
    const member = keyPath.parent?.node;
    if (member?.type !== 'MemberExpression' || member.property !== keyPath.node || member.computed) continue;
    const memberPath = keyPath.parent;
    if (!isOwnReceiver(memberPath, home)) {
      escapes ??= {
        reason: 'method-callers-unknown',
        message: `.${home.key}(…) at line ${member.loc?.start.line ?? '?'} is called on a receiver that may be another object`,
        node: fn,
      };
      continue;
    }
    references.push(useAt(memberPath));
  }
  const exportNames = home.holder === 'module.exports' ? [home.key] : [];
  return {
    fn,
    name: home.key,
    label: `${home.key}(…, ${callbackName})`,
    callbackName,
    exported: exportNames.length > 0,
    exportNames,
    exportedByDeclaration: false,
    references,
    resultCount: staticResultCount(fn, callbackName),
    mayCallBackSynchronously: callsBackDirectly(fn, callbackName),
    escapes: escapes ?? readsArguments(fn),
  };
}

/**
 * A variable-held object that leaves the file (exported, passed, stored) has callers nobody can
 * see: only `holder.key` member reads keep it local.
 */
function objectEscapes(home: MethodHome, identifiers: IdentifierPaths, fn: Node): Candidate['escapes'] {
  if (home.holder === 'module.exports') return null;
  for (const path of identifiers.get(home.holder) ?? []) {
    const parent = path.parent?.node;
    if (!isVariableIdentifier(path) || (parent?.type === 'VariableDeclarator' && parent.id === path.node)) {
      const exported = parent?.type === 'VariableDeclarator' && path.parent.parent?.parent?.node?.type === 'ExportNamedDeclaration';
      if (exported) return escapeOf(home, fn, 'is exported');
      continue;
    }
    if (!(parent?.type === 'MemberExpression' && parent.object === path.node)) return escapeOf(home, fn, `is used as a value at line ${path.node.loc?.start.line ?? '?'}`);
  }
  return null;
}

function escapeOf(home: MethodHome, fn: Node, why: string): Candidate['escapes'] {
  return { reason: 'method-callers-unknown', message: `its object ${home.holder} ${why}, so its callers are unknown`, node: fn };
}

function isOwnReceiver(memberPath: ASTPath<Node>, home: MethodHome): boolean {
  const receiver = memberPath.node.object;
  if (home.holder === 'module.exports') {
    if (isModuleExports(receiver) || isIdentifier(receiver, 'exports')) return true;
  } else if (isIdentifier(receiver, home.holder)) {
    return true;
  }
  if (receiver.type !== 'ThisExpression') return false;
  // `this` is the object when the nearest non-arrow function is one of its methods.
  for (let up = memberPath.parent; up; up = up.parent) {
    const node = up.node;
    if (!isFunction(node) || node.type === 'ArrowFunctionExpression') continue;
    const property = node.type === 'ObjectMethod' ? up : up.parent;
    return property?.parent?.node === home.object;
  }
  return false;
}

/**
 * Whether `name` is an error-first completion callback: never called with a plain value first
 * (`fn(result)` is not error-first), and either called with a null/undefined or error-like first
 * argument, or named like one (`cb`, `done`, …; such a function that only hands its callback to an
 * event listener is then reported as a skipped candidate rather than silently ignored).
 */
function isCompletionCallback(fn: Node, name: string): boolean {
  let evidence = COMPLETION_NAME.test(name);
  let counterEvidence = false;
  walk(fn.body, (node) => {
    if (node.type !== 'CallExpression' || !isIdentifier(node.callee, name)) return true;
    const first = node.arguments[0];
    if (!first || isNullish(first) || isErrorLike(first)) evidence = true;
    else counterEvidence = true;
    return true;
  });
  return evidence && !counterEvidence;
}

function isErrorLike(node: Node): boolean {
  if (node.type === 'NewExpression') return true;
  if (node.type === 'CallExpression' && isIdentifier(node.callee) && /Error$/.test(node.callee.name)) return true;
  return isIdentifier(node) && looksLikeErrorName(node.name);
}

function callsBackDirectly(fn: Node, name: string): boolean {
  let direct = false;
  walk(fn.body, (node) => {
    if (direct || (node !== fn.body && isFunction(node))) return false;
    if (node.type === 'CallExpression' && isIdentifier(node.callee, name)) direct = true;
    return !direct;
  });
  return direct;
}

export function staticResultCount(fn: Node, name: string): number | null {
  let count: number | null = 0;
  walk(fn.body, (node) => {
    if (node.type !== 'CallExpression' || count === null) return true;
    if (isIdentifier(node.callee, name) && (node.arguments.length === 0 || isNullish(node.arguments[0]))) {
      count = Math.max(count, node.arguments.length - 1);
    } else if (!isIdentifier(node.callee, name) && isIdentifier(node.arguments[node.arguments.length - 1], name)) {
      count = null;
    }
    return true;
  });
  return count;
}

interface Binding {
  name: string;
  /** Set when the declaration itself exports it (`export function f`, `exports.f = function`). */
  exportName?: string;
  exportAssignment?: Node;
  /** Scope the name is declared in; undefined for `exports.x = function` (no local name). */
  scopePath?: any;
  idNode?: Node;
}

/** How the function is named: declaration, `const x = function`, `exports.x = function`, ES export. */
function bindingOf(path: ASTPath<Node>): Binding | null {
  const fn = path.node;
  const parent = path.parent?.node;
  if (fn.type === 'FunctionDeclaration' && fn.id) {
    const exportName = parent?.type === 'ExportNamedDeclaration' ? fn.id.name : parent?.type === 'ExportDefaultDeclaration' ? 'default' : undefined;
    return { name: fn.id.name, exportName, scopePath: path.scope?.parent, idNode: fn.id };
  }
  if (parent?.type === 'VariableDeclarator' && parent.init === fn && isIdentifier(parent.id)) {
    const exported = path.parent.parent?.parent?.node?.type === 'ExportNamedDeclaration';
    return { name: parent.id.name, exportName: exported ? parent.id.name : undefined, scopePath: path.parent.scope, idNode: parent.id };
  }
  if (parent?.type === 'AssignmentExpression' && parent.right === fn && exportTargetName(parent.left)) {
    const exportName = exportTargetName(parent.left)!;
    return { name: exportName, exportName, exportAssignment: parent };
  }
  if (parent?.type === 'ExportDefaultDeclaration') return { name: 'default', exportName: 'default' };
  return null;
}

/** `module.exports.x` / `exports.x` -> x; `module.exports` -> default. */
function exportTargetName(node: Node): string | null {
  if (isModuleExports(node)) return 'default';
  if (node.type === 'MemberExpression' && !node.computed && isIdentifier(node.property)) {
    if (isIdentifier(node.object, 'exports') || isModuleExports(node.object)) return node.property.name;
  }
  return null;
}

function isModuleExports(node: Node): boolean {
  return node.type === 'MemberExpression' && isIdentifier(node.object, 'module') && isIdentifier(node.property, 'exports') && !node.computed;
}

/**
 * `exports.load(…)` / `module.exports.load(…)` inside the file that assigns `exports.load`: the
 * only way its own code reaches a function bound that way.
 */
function findExportMemberReferences(identifiers: IdentifierPaths, exportName: string, assignment: Node): Reference[] {
  const references: Reference[] = [];
  const memberPaths = [
    ...(identifiers.get('exports') ?? []).map((p) => p.parent),
    ...(identifiers.get('module') ?? []).flatMap((p) => (isModuleExports(p.parent?.node) ? [p.parent.parent] : [])),
  ];
  for (const memberPath of memberPaths) {
    const member = memberPath?.node;
    if (member?.type !== 'MemberExpression' || member.computed || !isIdentifier(member.property, exportName)) continue;
    if (assignment?.left === member) continue;
    references.push(useAt(memberPath));
  }
  return references;
}


/**
 * A use of the callback parameter inside a function that lifting cannot flatten (not an inline
 * callback of an error-first call: a timer, a listener, an iterator), or inside a loop.
 */
function findCertainEscape(fnPath: ASTPath<Node>, namePaths: ASTPath<Node>[], name: string): Candidate['escapes'] {
  const fn = fnPath.node;
  for (const path of namePaths) {
    if (path.parent?.node === fn || !isVariableIdentifier(path)) continue; // the parameter itself, `x.cb`
    let inside = false;
    let escape: Candidate['escapes'] = null;
    for (let up = path.parent; up; up = up.parent) {
      if (up.node === fn) {
        inside = true;
        break;
      }
      if (escape) continue;
      if (isFunction(up.node) && (up.node.params.some((p: Node) => isIdentifier(p, name)) || !isInlineCallback(up))) {
        const shadows = up.node.params.some((p: Node) => isIdentifier(p, name));
        escape = shadows ? null : { reason: 'callback-escapes', message: `${name} is called from a nested function that stays a callback`, node: path.node };
        if (shadows) break;
      } else if (isLoop(up.node)) {
        escape = { reason: 'callback-in-loop', message: `${name} is called inside a loop`, node: up.node };
      }
    }
    if (inside && escape) return escape;
  }
  return null;
}

/**
 * The function a call will end up in, and whether a loop lies in between: inline callbacks of
 * error-first calls are looked through, since lifting moves their bodies outwards.
 */
function surroundings(callPath: ASTPath<Node>): { enclosingFunction: Node | null; inLoop: boolean } {
  let inLoop = false;
  for (let path = callPath.parent; path; path = path.parent) {
    const node = path.node;
    if (isFunction(node) && !isInlineCallback(path)) return { enclosingFunction: node, inLoop };
    if (isLoop(node)) inLoop = true;
  }
  return { enclosingFunction: null, inLoop };
}

function isInlineCallback(path: ASTPath<Node>): boolean {
  const call = path.parent?.node;
  return (
    call?.type === 'CallExpression' &&
    call.arguments[call.arguments.length - 1] === path.node &&
    !path.node.async &&
    !isKnownNotErrorFirst(call)
  );
}

function findReferences(paths: ASTPath<Node>[], name: string, scope: any, idNode?: Node): Reference[] {
  const references: Reference[] = [];
  for (const path of paths) {
    if (path.node === idNode || !isVariableIdentifier(path)) continue;
    if (path.scope?.lookup(name) !== scope) continue;
    references.push(classifyReference(path));
  }
  return references;
}

function classifyReference(path: ASTPath<Node>): Reference {
  const node = path.node;
  const parent = path.parent?.node;
  if (parent?.type === 'AssignmentExpression' && parent.right === node && exportTargetName(parent.left)) {
    return { kind: 'export', node, exportName: exportTargetName(parent.left)!, holder: parent, key: 'right' };
  }
  if (parent?.type === 'ExportSpecifier') return { kind: 'export', node, exportName: parent.exported?.name ?? node.name, holder: null, key: '' };
  if (parent?.type === 'ExportDefaultDeclaration') return { kind: 'export', node, exportName: 'default', holder: null, key: '' };
  if ((parent?.type === 'ObjectProperty' || parent?.type === 'Property') && parent.value === node && isIdentifier(parent.key)) {
    const assignment = path.parent.parent?.parent?.node;
    if (assignment?.type === 'AssignmentExpression' && isModuleExports(assignment.left)) {
      return { kind: 'export', node, exportName: parent.key.name, holder: parent, key: 'value' };
    }
  }
  return useAt(path);
}

/** A call of the function through `path` (an identifier or a member expression), or a value use. */
function useAt(path: ASTPath<Node>): Reference {
  const node = path.node;
  const holder = path.parent?.node;
  if (holder?.type === 'CallExpression' && holder.callee === node) {
    const statement = path.parent.parent?.node?.type;
    return {
      kind: 'call',
      call: holder,
      node,
      valueUsed: statement !== 'ExpressionStatement' && statement !== 'ReturnStatement',
      ...surroundings(path.parent),
    };
  }
  return { kind: 'value', node };
}

