/**
 * A loop helper declared in an async function and started once as its last step
 * (`async function next(i) {…} return next(0);`) is inlined there: `let i = 0; while (…) {…}`,
 * a `for` when the counter is stepped at the end of each iteration and not read after the loop.
 */
import type { JSCodeshift } from 'jscodeshift';
import { collectNames, isAssignedIn, isFunction, isIdentifier, isLoop, someNode, walk, type Node } from '../lib/ast';
import { findUses } from './references';

/**
 * Inlines `helper` into `outer` when that changes nothing; true when it did. `helper` is an async
 * function declaration in `outer`'s body that rewriteAsLoop has just made a loop: its parameters
 * are plain names, it uses no `this` or `arguments` of its own (readTailRecursion checked both),
 * and its body is the loop, then maybe `return value;`, so it declares nothing else at its top.
 */
export function inlineHelper(j: JSCodeshift, outer: Node, helper: Node): boolean {
  const body: Node[] = outer.body.body;
  const start = body[body.length - 1];
  const call = start.type === 'ReturnStatement' ? start.argument : null;
  const name: string = helper.id.name;
  if (!outer.async || call?.type !== 'CallExpression' || !isIdentifier(call.callee, name)) return false;
  if (findUses(outer.body, name).length !== 2) return false; // its declaration and this call
  if (call.arguments.length > helper.params.length || call.arguments.some((a: Node) => a.type === 'SpreadElement')) return false;
  const params: string[] = helper.params.map((p: Node) => p.name);
  const others = collectNames({ type: 'Program', body: [...outer.params, ...body.filter((s) => s !== helper)] });
  if (params.some((n) => others.has(n))) return false;
  const declarations = helper.params.map((param: Node, i: number) => {
    const kind = isAssignedIn(helper.body, param.name) ? 'let' : 'const';
    return j.variableDeclaration(kind, [j.variableDeclarator(param, call.arguments[i] ?? null)]);
  });
  const inlined: Node[] = [...declarations, ...helper.body.body];
  if (helper.comments?.length) inlined[0].comments = helper.comments;
  body.splice(body.indexOf(helper), 1);
  body.splice(body.length - 1, 1, ...stepAsFor(j, inlined));
  return true;
}

/** `let i = 0; while (t) { …; i += 1; }` with `i` unused after the loop -> `for (let i = 0; t; i += 1) { … }`. */
function stepAsFor(j: JSCodeshift, statements: Node[]): Node[] {
  const [declaration, loop, ...after] = statements;
  if (declaration?.type !== 'VariableDeclaration' || declaration.kind !== 'let' || declaration.declarations.length !== 1) return statements;
  if (loop?.type !== 'WhileStatement' || loop.body.type !== 'BlockStatement') return statements;
  const name = declaration.declarations[0].id.name;
  const loopBody: Node[] = loop.body.body;
  const step = loopBody[loopBody.length - 1];
  const stepsCounter = step?.type === 'ExpressionStatement' && step.expression.type === 'AssignmentExpression' && isIdentifier(step.expression.left, name);
  if (!stepsCounter || loopBody.length < 2) return statements;
  const rest = loopBody.slice(0, -1);
  if (hasOwnContinue(rest) || isAssignedIn(rest, name)) return statements;
  if (someNode(after, (n) => isIdentifier(n, name))) return statements;
  // `i++` only for a number: on a string `+= 1` appends.
  const numeric = isNumber(declaration.declarations[0].init) && step.expression.operator === '+=' && isNumber(step.expression.right, 1);
  const update = numeric ? j.updateExpression('++', j.identifier(name), false) : step.expression;
  return [j.forStatement(declaration, loop.test, update, j.blockStatement(rest)), ...after];
}

function isNumber(node: Node, value?: number): boolean {
  const numeric = node?.type === 'NumericLiteral' || (node?.type === 'Literal' && typeof node.value === 'number');
  return numeric && (value === undefined || node.value === value);
}

/** A `continue` of this loop (not of a nested loop): `for` would run the step on it. */
function hasOwnContinue(statements: Node[]): boolean {
  let found = false;
  for (const statement of statements) {
    walk(statement, (node) => {
      if (found || isFunction(node) || isLoop(node)) return false;
      if (node.type === 'ContinueStatement') found = true;
      return !found;
    });
  }
  return found;
}
