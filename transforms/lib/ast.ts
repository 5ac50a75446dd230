/** Small AST predicates and helpers shared by the transforms. */
import { VISITOR_KEYS } from '@babel/types';
import jscodeshift from 'jscodeshift';

const astTypes = jscodeshift.types;

// The AST is Babel's (via jscodeshift); these helpers stay structural on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Node = any;

export const FUNCTION_TYPES = new Set([
  'FunctionDeclaration',
  'FunctionExpression',
  'ArrowFunctionExpression',
  'ObjectMethod',
  'ClassMethod',
  'ClassPrivateMethod',
]);

export function isFunction(node: Node): boolean {
  return !!node && FUNCTION_TYPES.has(node.type);
}

export function isLoop(node: Node): boolean {
  return /^(For|ForIn|ForOf|While|DoWhile)Statement$/.test(node?.type ?? '');
}

export function isIdentifier(node: Node, name?: string): boolean {
  return !!node && node.type === 'Identifier' && (name === undefined || node.name === name);
}

export function isNullish(node: Node): boolean {
  return (
    !node ||
    node.type === 'NullLiteral' ||
    (node.type === 'Literal' && node.value === null) ||
    isIdentifier(node, 'undefined') ||
    (node.type === 'UnaryExpression' && node.operator === 'void' && isLiteralLike(node.argument))
  );
}

/** A string, number, boolean, null or bigint literal, or `undefined`: the same value whenever it is evaluated. */
export function isPrimitiveLiteral(node: Node): boolean {
  return (
    /^(String|Numeric|Boolean|Null|BigInt)Literal$/.test(node?.type ?? '') ||
    isIdentifier(node, 'undefined') ||
    (node?.type === 'Literal' && (node.value === null || typeof node.value !== 'object'))
  );
}

/** The name a member chain starts from: `a` for `a.b.c` and `a[i].b`, `this` for `this.x`; null for anything else. */
export function memberRootName(node: Node): string | null {
  while (node?.type === 'MemberExpression') node = node.object;
  if (isIdentifier(node)) return node.name;
  return node?.type === 'ThisExpression' ? 'this' : null;
}

function isLiteralLike(node: Node): boolean {
  return /Literal$/.test(node?.type ?? '');
}

/** Node keys that hold positions, comments and parser extras, not child nodes. */
const NOT_CHILDREN = new Set(['type', 'loc', 'comments', 'leadingComments', 'trailingComments', 'original', 'tokens', 'extra']);

const childKeysByType = new Map<string, readonly string[] | null>();

/**
 * The keys that may hold a node of this type's children, in Babel's traversal order: Babel's
 * visitor keys (parser-made nodes), then ast-types' fields (nodes the transforms build). The
 * transforms walk whole files a few dozen times each; reading fixed keys instead of
 * `Object.keys(node)` of every node takes about 30 % off a walk. A type neither knows (null) falls back to
 * `Object.keys`. __tests__/ast-walk.test.ts checks both ways find the same children; the one
 * difference is ast-types' hidden `handlers` copy of a built try's `handler`, now visited once.
 */
export function childKeys(type: string): readonly string[] | null {
  let keys = childKeysByType.get(type);
  if (keys === undefined) {
    const visitorKeys = VISITOR_KEYS[type];
    const known = visitorKeys !== undefined || type in astTypes.namedTypes;
    const all = new Set<string>(visitorKeys ?? []);
    if (type in astTypes.namedTypes) for (const field of astTypes.getFieldNames({ type })) all.add(field);
    keys = known ? [...all].filter((key) => !NOT_CHILDREN.has(key)) : null;
    childKeysByType.set(type, keys);
  }
  return keys;
}

function keysOf(node: Node): readonly string[] {
  return childKeys(node.type) ?? Object.keys(node).filter((key) => !NOT_CHILDREN.has(key));
}

/** Calls each child node with where it sits: `node[key]`, or `node[key][index]` (else `index` is -1). */
export function forEachChild(node: Node, visit: (child: Node, key: string, index: number) => void): void {
  for (const key of keysOf(node)) {
    const value = node[key];
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index += 1) {
        if (value[index] && typeof value[index].type === 'string') visit(value[index], key, index);
      }
    } else if (typeof value.type === 'string') {
      visit(value, key, -1);
    }
  }
}

/**
 * Like `forEachChild`, with where each child sits: `holder[key]` is the child (`holder` is the
 * node, or the array the child is an element of), so a visitor can replace it.
 */
export function forEachChildSlot(node: Node, visit: (child: Node, holder: Node | Node[], key: string | number) => void): void {
  for (const key of keysOf(node)) {
    const value = node[key];
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        if (item && typeof item.type === 'string') visit(item, value, index);
      });
    } else if (typeof value.type === 'string') {
      visit(value, node, key);
    }
  }
}

/** Depth-first walk; return false from `visit` to not descend into a node. The same children as `forEachChild`, inlined. */
export function walk(node: Node, visit: (node: Node, parent: Node | null) => boolean | void, parent: Node | null = null): void {
  if (visit(node, parent) === false) return;
  const keys = keysOf(node);
  for (let k = 0; k < keys.length; k += 1) {
    const value = node[keys[k]];
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i += 1) {
        const item = value[i];
        if (item && typeof item.type === 'string') walk(item, visit, node);
      }
    } else if (typeof value.type === 'string') {
      walk(value, visit, node);
    }
  }
}

/**
 * True when a node under `roots` (roots included) matches `test`; `enter(node)` returning false
 * keeps the search out of that node's children (e.g. nested functions).
 */
export function someNode(roots: Node | Node[], test: (node: Node) => boolean, enter: (node: Node) => boolean = () => true): boolean {
  let found = false;
  for (const root of Array.isArray(roots) ? roots : [roots]) {
    walk(root, (node) => {
      if (found) return false;
      if (test(node)) found = true;
      return !found && enter(node);
    });
    if (found) return true;
  }
  return false;
}

/** `name` is assigned somewhere under `roots`: `name = …`, `[name] = …`, `name++`, `for (name of …)`. */
export function isAssignedIn(roots: Node | Node[], name: string): boolean {
  return someNode(
    roots,
    (node) =>
      ((node.type === 'AssignmentExpression' || node.type === 'ForInStatement' || node.type === 'ForOfStatement') && patternNames(node.left).includes(name)) ||
      (node.type === 'UpdateExpression' && isIdentifier(node.argument, name)),
  );
}

/**
 * The identifier names a property, not a variable: `a.name`, `a?.name`, `{ name: v }`,
 * `{ name() {} }`, a class method's name (computed keys and shorthand values are variables).
 */
export function isPropertyName(node: Node, parent: Node | null): boolean {
  if (!parent || parent.computed) return false;
  if (parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') return parent.property === node;
  if (parent.type === 'ObjectProperty' || parent.type === 'Property' || parent.type === 'ObjectMethod' || parent.type === 'ClassMethod') {
    return parent.key === node && !parent.shorthand;
  }
  return false;
}

/** `name` is used as a variable somewhere under `root` (not as a property name). */
export function mentionsVariable(root: Node, name: string): boolean {
  let found = false;
  walk(root, (node, parent) => {
    if (found) return false;
    if (isIdentifier(node, name) && !isPropertyName(node, parent)) found = true;
    return !found;
  });
  return found;
}

/** Every identifier name used anywhere below `node`, for picking fresh names. */
export function collectNames(node: Node, into = new Set<string>()): Set<string> {
  walk(node, (child) => {
    if (child.type === 'Identifier' || child.type === 'JSXIdentifier') into.add(child.name);
  });
  return into;
}

/** `base`, or `base2`, `base3`, … whichever is not taken. */
export function freshName(base: string, taken: Set<string>): string {
  let name = base;
  for (let i = 2; taken.has(name); i += 1) name = `${base}${i}`;
  taken.add(name);
  return name;
}

/** `this` used in a function's own body (arrows inherit it, so they are looked into). */
export function usesOwnThis(fn: Node): boolean {
  return usesInOwnScope(fn, (n) => n.type === 'ThisExpression' || n.type === 'Super');
}

export function usesOwnArguments(fn: Node): boolean {
  return usesInOwnScope(fn, (n) => isIdentifier(n, 'arguments'));
}

/** True when `test` matches in the function's own body, looking through arrows (they share `this` and `arguments`). */
function usesInOwnScope(fn: Node, test: (node: Node) => boolean): boolean {
  return someNode(fn.body, test, (node) => !isFunction(node) || node.type === 'ArrowFunctionExpression');
}

/** The names a binding pattern declares (`a`, `{ b, c: d }`, `[e, ...f]`, `g = 1`). */
export function patternNames(pattern: Node, into: string[] = []): string[] {
  if (!pattern) return into;
  switch (pattern.type) {
    case 'Identifier':
      into.push(pattern.name);
      break;
    case 'ObjectPattern':
      for (const property of pattern.properties) patternNames(property.type === 'RestElement' ? property.argument : property.value, into);
      break;
    case 'ArrayPattern':
      for (const element of pattern.elements) patternNames(element, into);
      break;
    case 'AssignmentPattern':
      patternNames(pattern.left, into);
      break;
    case 'RestElement':
      patternNames(pattern.argument, into);
      break;
    case 'TSParameterProperty':
      patternNames(pattern.parameter, into);
      break;
  }
  return into;
}
