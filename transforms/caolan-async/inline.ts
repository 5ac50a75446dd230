/**
 * Inlining converted tasks into the function that awaited the library call: a task's body runs
 * in place, its final `return v` is the value it hands on, and the names it declares are renamed
 * where they would clash with the surrounding code or with another task.
 */
import type { JSCodeshift } from 'jscodeshift';
import { freshName, isAssignedIn, isIdentifier, mentionsVariable, isPrimitiveLiteral, isPropertyName, someNode, walk, type Node } from '../lib/ast';
import { renameBinding } from '../lib/rename';
import { introducedNames, paramReassigned } from '../promise-chains/handler';
import { mayBeThenable } from '../promise-chains/emit';
import { isPromise } from './tasks';

export interface InlinedBody {
  statements: Node[];
  /** What the final `return` returned; null when the body ends without a value. */
  value: Node | null;
}

export function inlineBody(fn: Node): InlinedBody {
  const statements: Node[] = [...fn.body.body];
  const last = statements[statements.length - 1];
  if (last?.type === 'ReturnStatement') {
    statements.pop();
    if (last.comments?.length && last.argument) last.argument.comments = last.comments;
    return { statements, value: last.argument ?? null };
  }
  return { statements, value: null };
}

/**
 * Renames what the tasks would declare next to code (or another task) using the same names: a
 * name is renamed only when it also occurs outside the task. Waterfall steps hand values on under
 * the same names (`next(null, user)` into `function (user, next)`), which then stay one binding.
 */
export function renameTaskClashes(j: JSCodeshift, scope: Node, tasks: Node[], taken: Set<string>, sharesBlock = true): void {
  for (const fn of [...tasks].reverse()) {
    const { lexical, hoisted } = introducedNames(fn, sharesBlock);
    const names = [...new Set([...lexical, ...hoisted])];
    if (names.length === 0) continue;
    const inScope = variableNameCounts(scope);
    const inTask = variableNameCounts(fn);
    for (const name of names) {
      if ((inScope.get(name) ?? 0) <= (inTask.get(name) ?? 0)) continue;
      renameBinding(j, fn, name, freshName(name, taken), (target, key, value) => {
        target[key] = value;
      });
    }
  }
}

/** How often each variable name occurs below `node` (property keys and member names are not variables). */
function variableNameCounts(node: Node): Map<string, number> {
  const counts = new Map<string, number>();
  walk(node, (child, parent) => {
    if (child.type === 'Identifier' && !isPropertyName(child, parent)) counts.set(child.name, (counts.get(child.name) ?? 0) + 1);
  });
  return counts;
}

/**
 * `await v` when `v` is a promise the rewrite made (a passed-through call's promise form, a
 * `Promise.all`); a value a task handed on is taken as it is, as the library took it.
 */
export function awaited(j: JSCodeshift, value: Node): Node {
  return isPromise(value) ? j.awaitExpression(value) : value;
}

/** The value as a statement of its own: awaited, evaluated, or dropped when it does nothing. */
export function valueStatements(j: JSCodeshift, value: Node | null): Node[] {
  if (!value || isIdentifier(value) || isPrimitiveLiteral(value) || !mayBeThenable(value) && !hasEffects(value)) return [];
  if (value.type === 'ArrayExpression' && value.elements.every((e: Node) => e && (isIdentifier(e) || isPrimitiveLiteral(e)))) return [];
  return [j.expressionStatement(awaited(j, value))];
}

/** Declares `param` from `value` (`let` when the task reassigns it). */
export function declareParam(j: JSCodeshift, fn: Node, param: Node, value: Node | null): Node {
  const kind = paramReassigned(fn) ? 'let' : 'const';
  return j.variableDeclaration(kind, [j.variableDeclarator(param, value ? awaited(j, value) : j.identifier('undefined'))]);
}

/**
 * `fn` takes `param` and is handed the identifier `source` from the step before: when neither is
 * ever reassigned and `fn` does not use the name `source` otherwise, `fn` can read `source`
 * itself. Renames the parameter and returns true in that case.
 */
export function aliasParam(j: JSCodeshift, scope: Node, fn: Node, param: Node, source: Node): boolean {
  if (!isIdentifier(source) || !isIdentifier(param)) return false;
  if (param.name === source.name) return !isAssignedIn(scope, source.name);
  if (mentionsVariable(fn, source.name)) return false;
  if (isAssignedIn(scope, source.name) || isAssignedIn(scope, param.name)) return false;
  renameBinding(j, fn, param.name, source.name, (target, key, value) => {
    target[key] = value;
  });
  return true;
}

function hasEffects(node: Node): boolean {
  return someNode(node, (n) => /^(Call|New|Assignment|Update|Await|Yield)Expression$/.test(n.type) || n.type === 'UnaryExpression' && n.operator === 'delete', (n) => !/Function/.test(n.type));
}


/** `const name = …` among the body's own top-level statements: its value cannot change later. */
export function isOwnConst(statements: Node[], value: Node | null): boolean {
  if (!isIdentifier(value)) return false;
  return statements.some((s) => s.type === 'VariableDeclaration' && s.kind === 'const' && s.declarations.some((d: Node) => isIdentifier(d.id, value.name)));
}
