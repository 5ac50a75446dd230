/**
 * Class methods that take a completion callback: `class Repo { find(id, cb) {…} }`.
 *
 * A method converts with its callers when every `.find` in the file is reached through a receiver
 * known to be an instance of the class (`this` in its own methods, a `const repo = new Repo()`,
 * `new Repo().find`), or the class itself for a static method. Any other `x.find(…)` may be a
 * different function, and a subclass may override the method: then it keeps its callback.
 *
 * When the class or an instance leaves the file (exported, passed on), callers elsewhere are
 * unknown: the method converts and stays callable with a callback through the `callbackApi`
 * wrapper, installed on the prototype after the class. Its own `this.find(…)` calls would then
 * reach overrides in subclasses nobody can see, so such a method keeps its callback.
 */
import type { ASTPath } from 'jscodeshift';
import type { IdentifierPaths } from './candidates';
import { isFunction, isIdentifier, type Node } from '../lib/ast';
import { isVariableIdentifier } from '../lib/rename';

export interface ClassHome {
  key: string;
  className: string;
  classNode: Node;
  /** The top-level statement holding the class: the wrapper goes after it. */
  statement: Node;
  /** The program body holding that statement. */
  container: Node[];
  isStatic: boolean;
}

export type ClassReceivers =
  | { kind: 'known'; calls: ASTPath<Node>[]; leavesFile: string | null }
  | { kind: 'unknown'; message: string };

/** The class a method belongs to, when it is a plain named method of a top-level class declaration. */
export function classMethodHome(path: ASTPath<Node>, program: Node): ClassHome | null {
  const fn = path.node;
  if (fn.type !== 'ClassMethod' || fn.kind !== 'method' || fn.computed || !isIdentifier(fn.key)) return null;
  const classNode = path.parent?.parent?.node;
  if (classNode?.type !== 'ClassDeclaration' || !classNode.id) return null;
  const holder = path.parent.parent.parent?.node;
  const statement = holder?.type === 'ExportNamedDeclaration' || holder?.type === 'ExportDefaultDeclaration' ? holder : classNode;
  if (!program.body.includes(statement)) return null;
  return { key: fn.key.name, className: classNode.id.name, classNode, statement, container: program.body, isStatic: !!fn.static };
}

/**
 * Every `.key` member use in the file through a receiver known to be the class (or an instance),
 * and whether the class or an instance leaves the file; `unknown` when some receiver may be
 * another object, or a subclass may override the method.
 */
export function findClassReceivers(home: ClassHome, identifiers: IdentifierPaths): ClassReceivers {
  const classUses = classifyClassUses(home, identifiers);
  if ('unknown' in classUses) return { kind: 'unknown', message: classUses.unknown };
  const calls: ASTPath<Node>[] = [];
  let ownThisCall = false;
  for (const keyPath of identifiers.get(home.key) ?? []) {
    const member = keyPath.parent?.node;
    if (member?.type !== 'MemberExpression' || member.property !== keyPath.node || member.computed) continue;
    const memberPath = keyPath.parent;
    const receiver = receiverKind(memberPath, home, classUses.instances);
    if (!receiver) {
      return { kind: 'unknown', message: `.${home.key}(…) at line ${member.loc?.start.line ?? '?'} is called on a receiver that may be another object` };
    }
    if (receiver === 'this') ownThisCall = true;
    calls.push(memberPath);
  }
  if (classUses.leavesFile && ownThisCall) {
    return { kind: 'unknown', message: `${home.className} ${classUses.leavesFile}, and a subclass elsewhere may override .${home.key}(), which its own this.${home.key}(…) calls would reach` };
  }
  return { kind: 'known', calls, leavesFile: classUses.leavesFile };
}

interface ClassUses {
  /** Instance variables (`const repo = new Repo()`), with the scope that declares them. */
  instances: Map<string, unknown>;
  /** Why callers outside the file may reach the method; null when none can. */
  leavesFile: string | null;
}

function classifyClassUses(home: ClassHome, identifiers: IdentifierPaths): ClassUses | { unknown: string } {
  const instances = new Map<string, unknown>();
  let leavesFile: string | null = home.statement !== home.classNode ? 'is exported' : null;
  for (const path of identifiers.get(home.className) ?? []) {
    if (path.node === home.classNode.id || !isVariableIdentifier(path)) continue;
    const parent = path.parent?.node;
    if (parent?.type === 'ClassDeclaration' || parent?.type === 'ClassExpression') {
      if (parent.superClass === path.node) return { unknown: `${home.className} is extended at line ${parent.loc?.start.line ?? '?'}, and a subclass may override .${home.key}()` };
    }
    if (parent?.type === 'MemberExpression' && parent.object === path.node) continue; // Repo.staticKey, Repo.prototype
    if (parent?.type === 'NewExpression' && parent.callee === path.node) {
      const instance = instanceVariable(path.parent);
      if (instance) {
        instances.set(instance.name, instance.scope);
        leavesFile ??= instanceLeavesFile(instance.name, instance.scope, identifiers);
      } else if (!(path.parent.parent?.node?.type === 'MemberExpression' && path.parent.parent.node.object === parent)) {
        leavesFile ??= `has an instance created at line ${parent.loc?.start.line ?? '?'} that is passed on`;
      }
      continue;
    }
    leavesFile ??= `is used as a value at line ${path.node.loc?.start.line ?? '?'}`;
  }
  return { instances, leavesFile };
}

/** `const repo = new Repo(…)`: the variable and the scope that declares it. */
function instanceVariable(newPath: ASTPath<Node>): { name: string; scope: unknown } | null {
  const declarator = newPath.parent?.node;
  const declaration = newPath.parent?.parent?.node;
  if (declarator?.type !== 'VariableDeclarator' || declarator.init !== newPath.node || !isIdentifier(declarator.id)) return null;
  if (declaration?.type !== 'VariableDeclaration' || declaration.kind !== 'const') return null;
  return { name: declarator.id.name, scope: newPath.parent.scope?.lookup(declarator.id.name) };
}

/** An instance read other than `repo.member` (returned, passed, exported) leaves the file. */
function instanceLeavesFile(name: string, scope: unknown, identifiers: IdentifierPaths): string | null {
  for (const path of identifiers.get(name) ?? []) {
    if (!isVariableIdentifier(path) || path.scope?.lookup(name) !== scope) continue;
    const parent = path.parent?.node;
    if (parent?.type === 'VariableDeclarator' && parent.id === path.node) {
      if (path.parent.parent?.parent?.node?.type === 'ExportNamedDeclaration') return `has an exported instance ${name}`;
      continue;
    }
    if (parent?.type === 'MemberExpression' && parent.object === path.node) continue;
    return `has an instance ${name} used as a value at line ${path.node.loc?.start.line ?? '?'}`;
  }
  return null;
}

/** Which known receiver a `.key` member is read through, or null for any other. */
function receiverKind(memberPath: ASTPath<Node>, home: ClassHome, instances: Map<string, unknown>): 'this' | 'class' | 'instance' | null {
  const receiver = memberPath.node.object;
  if (home.isStatic) return isIdentifier(receiver, home.className) ? 'class' : null;
  if (receiver.type === 'NewExpression' && isIdentifier(receiver.callee, home.className)) return 'instance';
  if (isIdentifier(receiver) && instances.has(receiver.name)) {
    return memberPath.scope?.lookup(receiver.name) === instances.get(receiver.name) ? 'instance' : null;
  }
  if (receiver.type !== 'ThisExpression') return null;
  // `this` is an instance when the nearest non-arrow function is a non-static method of the class.
  for (let up = memberPath.parent; up; up = up.parent) {
    const node = up.node;
    if (!isFunction(node) || node.type === 'ArrowFunctionExpression') continue;
    return node.type === 'ClassMethod' && !node.static && up.parent?.parent?.node === home.classNode ? 'this' : null;
  }
  return null;
}
