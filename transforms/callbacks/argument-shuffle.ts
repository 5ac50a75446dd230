/**
 * The optional-argument shuffle that opens many callback functions:
 *
 *   function read(file, options, cb) {
 *     if (typeof options === 'function') { cb = options; options = {}; }
 *
 * lets callers leave `options` out and pass the callback in its place. Once the function is
 * async, no caller passes a callback, so the shuffle goes and `options` gets its fallback as a
 * default parameter: `async function read(file, options = {})`.
 *
 * Only one shuffle, of the parameter right before the callback, with a fallback that has no
 * effects (a literal, `{}`, `[]`, `null`, `undefined`): with two shuffles the defaults would not
 * reproduce which parameter ended up undefined, and a fallback with effects would run at another
 * time. The one difference left is reported: a caller that passed `undefined` explicitly used to
 * get `undefined`, and now gets the fallback.
 */
import type { JSCodeshift } from 'jscodeshift';
import { isIdentifier, isPrimitiveLiteral, type Node } from '../lib/ast';
import type { Transaction } from '../lib/transaction';

export interface ArgumentShuffle {
  statement: Node;
  param: Node;
  fallback: Node;
}

/** The function's shuffle of the parameter before its callback, or null when it has none we can drop. */
export function findArgumentShuffle(fn: Node, callbackName: string): ArgumentShuffle | null {
  const statements: Node[] = fn.body?.type === 'BlockStatement' ? fn.body.body : [];
  const param = fn.params[fn.params.length - 2];
  if (!isIdentifier(param) || !statements.length) return null;
  const first = statements[0];
  if (!isShuffleTest(first, param.name)) return null;
  const fallback = shuffleFallback(first.consequent, param.name, callbackName);
  if (!fallback) return null;
  // A second shuffle (of an earlier parameter) is not one we can turn into defaults.
  if (statements.slice(1).some((statement) => isShuffleOfAnyParam(statement, fn))) return null;
  return { statement: first, param, fallback };
}

/** Drops the shuffle and makes its fallback the parameter's default. */
export function removeArgumentShuffle(j: JSCodeshift, tx: Transaction, fn: Node, shuffle: ArgumentShuffle): void {
  const index = fn.params.indexOf(shuffle.param);
  const { param } = shuffle;
  // TypeScript forbids `options?: T = {}`: the default makes it optional already.
  if (param.optional) tx.set(param, 'optional', false);
  dropCallbackFromUnion(j, tx, param, fn.params[fn.params.length - 1]);
  tx.splice(fn.params, index, 1, j.assignmentPattern(param, shuffle.fallback));
  tx.splice(fn.body.body, fn.body.body.indexOf(shuffle.statement), 1);
}

/** TypeScript: `options: Options | Callback` -> `options: Options`, when `cb: Callback`. */
function dropCallbackFromUnion(j: JSCodeshift, tx: Transaction, param: Node, callbackParam: Node): void {
  const union = param.typeAnnotation?.typeAnnotation;
  const callbackType = callbackParam?.typeAnnotation?.typeAnnotation;
  const name = (type: Node) => (type?.type === 'TSTypeReference' && isIdentifier(type.typeName) && !type.typeParameters ? type.typeName.name : null);
  if (union?.type !== 'TSUnionType' || !name(callbackType)) return;
  const kept = union.types.filter((type: Node) => name(type) !== name(callbackType));
  if (kept.length === 0 || kept.length === union.types.length) return;
  tx.set(param.typeAnnotation, 'typeAnnotation', kept.length === 1 ? kept[0] : j.tsUnionType(kept));
}

/** `if (typeof name === 'function')` (or `==`, either side), with no else. */
function isShuffleTest(statement: Node, name: string): boolean {
  if (statement?.type !== 'IfStatement' || statement.alternate) return false;
  const test = statement.test;
  if (test?.type !== 'BinaryExpression' || (test.operator !== '===' && test.operator !== '==')) return false;
  const isTypeofName = (node: Node) => node?.type === 'UnaryExpression' && node.operator === 'typeof' && isIdentifier(node.argument, name);
  const isFunctionString = (node: Node) => (node?.type === 'StringLiteral' || node?.type === 'Literal') && node.value === 'function';
  return (isTypeofName(test.left) && isFunctionString(test.right)) || (isTypeofName(test.right) && isFunctionString(test.left));
}

function isShuffleOfAnyParam(statement: Node, fn: Node): boolean {
  return fn.params.some((param: Node) => isIdentifier(param) && isShuffleTest(statement, param.name));
}

/**
 * The fallback of `{ cb = name; name = fallback; }` (either order, or one sequence expression);
 * null for any other body.
 */
function shuffleFallback(consequent: Node, name: string, callbackName: string): Node | null {
  const statements: Node[] = consequent.type === 'BlockStatement' ? consequent.body : [consequent];
  const expressions = statements.flatMap((statement: Node) => {
    if (statement.type !== 'ExpressionStatement') return [null];
    const expression = statement.expression;
    return expression.type === 'SequenceExpression' ? expression.expressions : [expression];
  });
  if (expressions.length !== 2 || expressions.some((e: Node) => e?.type !== 'AssignmentExpression' || e.operator !== '=')) return null;
  const takesCallback = expressions.findIndex((e: Node) => isIdentifier(e.left, callbackName) && isIdentifier(e.right, name));
  const resets = expressions.findIndex((e: Node) => isIdentifier(e.left, name));
  if (takesCallback < 0 || resets < 0 || takesCallback === resets) return null;
  // `name = {}` before `cb = name` would hand the callback an object: not a shuffle.
  if (resets < takesCallback) return null;
  const fallback = expressions[resets].right;
  return hasNoEffects(fallback) ? fallback : null;
}

/** Literals, `undefined`, and array/object literals made of them. */
function hasNoEffects(node: Node): boolean {
  if (!node) return false;
  if (isPrimitiveLiteral(node)) return true;
  if (node.type === 'ArrayExpression') return node.elements.every(hasNoEffects);
  if (node.type === 'ObjectExpression') {
    return node.properties.every(
      (property: Node) => (property.type === 'ObjectProperty' || property.type === 'Property') && !property.computed && property.kind !== 'get' && property.kind !== 'set' && hasNoEffects(property.value),
    );
  }
  return false;
}
