/**
 * The delay of an awaited timer. The legacy `setTimeout` turns any delay into a number
 * (`'20'` waits 20 ms); `timers/promises` rejects anything but a number or `undefined`. A delay
 * that is surely a number is kept as written; any other is wrapped in `Number(…)`, the same
 * conversion.
 */
import type { JSCodeshift } from 'jscodeshift';
import { isIdentifier, isPrimitiveLiteral, type Node } from '../lib/ast';

export function asTimerDelay(j: JSCodeshift, delay: Node): Node {
  return isSurelyNumber(delay) ? delay : j.callExpression(j.identifier('Number'), [delay]);
}

/** A delay that cannot throw while it is evaluated: names, literals and arithmetic on them. */
export function evaluatesWithoutThrowing(node: Node): boolean {
  if (!node || isIdentifier(node) || isPrimitiveLiteral(node)) return true;
  if (node.type === 'UnaryExpression' && (node.operator === '-' || node.operator === '+')) return evaluatesWithoutThrowing(node.argument);
  if (node.type === 'BinaryExpression' && /^[-+*/%]$/.test(node.operator)) return evaluatesWithoutThrowing(node.left) && evaluatesWithoutThrowing(node.right);
  return false;
}

function isSurelyNumber(node: Node): boolean {
  if (node.type === 'NumericLiteral' || (node.type === 'Literal' && typeof node.value === 'number')) return true;
  if (node.type === 'UnaryExpression' && (node.operator === '-' || node.operator === '+')) return node.operator === '+' || isSurelyNumber(node.argument);
  // `-`, `*`, `/`, `%` always give a number; `+` only when both sides are numbers.
  if (node.type === 'BinaryExpression' && /^[-*/%]$/.test(node.operator)) return true;
  if (node.type === 'BinaryExpression' && node.operator === '+') return isSurelyNumber(node.left) && isSurelyNumber(node.right);
  if (node.type === 'TSAsExpression') return node.typeAnnotation?.type === 'TSNumberKeyword';
  if (node.type === 'CallExpression') {
    const callee = node.callee;
    if (isIdentifier(callee, 'Number') || isIdentifier(callee, 'parseInt') || isIdentifier(callee, 'parseFloat')) return true;
    return callee.type === 'MemberExpression' && isIdentifier(callee.object, 'Math') && !callee.computed;
  }
  return false;
}
