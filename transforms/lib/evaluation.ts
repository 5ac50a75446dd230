/**
 * Whether evaluating a call's callee and arguments can throw before the call starts. Rewrites
 * that move a call into a `try` (or out of a promise executor) change where such a throw goes.
 */
import { isFunction, isIdentifier, isPrimitiveLiteral, type Node } from './ast';

/**
 * Calls may throw (`id.trim()`, `getDb()`), and so may anything else this does not know. Names,
 * literals, `this`, functions, the spread of the enclosing function's rest parameter, operators
 * and object or array literals over those, and property reads of a name or `this` (`user.id`,
 * `this.db.get`) are taken not to: the transforms assume, as the code did, that the object is
 * there. The last argument (the callback) is left out when `skipCallback`.
 */
export function evaluationMayThrow(call: Node, options: { enclosing?: Node | null; skipCallback?: boolean } = {}): boolean {
  const enclosing = options.enclosing ?? null;
  const args = options.skipCallback ? call.arguments.slice(0, -1) : call.arguments;
  return !(isInert(call.callee, enclosing) && args.every((arg: Node) => isInert(arg, enclosing)));
}

function isInert(node: Node, enclosing: Node | null): boolean {
  const inert = (child: Node) => isInert(child, enclosing);
  if (isIdentifier(node) || isPrimitiveLiteral(node) || isFunction(node) || node.type === 'ThisExpression' || node.type === 'RegExpLiteral') return true;
  switch (node.type) {
    case 'MemberExpression':
      return (!node.computed || isPrimitiveLiteral(node.property)) && (isIdentifier(node.object) || node.object.type === 'ThisExpression' || (node.object.type === 'MemberExpression' && inert(node.object)));
    case 'SpreadElement':
      return isIdentifier(node.argument) && isRestParameter(enclosing, node.argument.name);
    case 'TemplateLiteral':
      return node.expressions.every(inert);
    case 'BinaryExpression':
    case 'LogicalExpression':
      return inert(node.left) && inert(node.right);
    case 'UnaryExpression':
      return node.operator !== 'delete' && inert(node.argument);
    case 'ConditionalExpression':
      return inert(node.test) && inert(node.consequent) && inert(node.alternate);
    case 'ArrayExpression':
      return node.elements.every((element: Node) => element === null || inert(element));
    case 'ObjectExpression':
      return node.properties.every((property: Node) => (property.type === 'ObjectProperty' || property.type === 'Property') && !property.computed && inert(property.value));
    default:
      return false;
  }
}

function isRestParameter(fn: Node | null, name: string): boolean {
  return !!fn?.params.some((param: Node) => param.type === 'RestElement' && isIdentifier(param.argument, name));
}
