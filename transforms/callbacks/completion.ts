/**
 * A function's completion callback: where it is called, whether every path calls it exactly once
 * at its end, and the rewrite of those calls into `return` / `throw` once the function is async.
 */
import type { JSCodeshift } from 'jscodeshift';
import { forEachChild, isFunction, isIdentifier, isNullish, isPropertyName, someNode, walk, type Node } from '../lib/ast';
import type { Transaction } from '../lib/transaction';
import { blockStatements } from './error-plan';
import { isBareReturn } from './lift';
import type { SourceSkip } from './promise-source';
import { isNotPassThroughTarget } from './site';

export interface CompletionFailure {
  reason: string;
  message: string;
  node: Node;
}

/** How a statement finishes the function through its callback. */
type CompletionForm =
  | { kind: 'call'; call: Node }
  | { kind: 'pass-through'; call: Node };

function completionForm(statement: Node, callbackName: string): CompletionForm | null {
  const expression =
    statement?.type === 'ExpressionStatement' ? statement.expression : statement?.type === 'ReturnStatement' ? statement.argument : null;
  if (expression?.type !== 'CallExpression') return null;
  if (isIdentifier(expression.callee, callbackName)) return { kind: 'call', call: expression };
  const last = expression.arguments[expression.arguments.length - 1];
  if (isIdentifier(last, callbackName) && !isNotPassThroughTarget(expression)) return { kind: 'pass-through', call: expression };
  return null;
}

/** Checks the lifted body; null when the callback is called exactly once, at the end of every path. */
export function checkCompletion(fn: Node, callbackName: string): CompletionFailure | null {
  const escaping = findEscapingReference(fn, callbackName);
  if (escaping) return escaping;
  const body = fn.body.body as Node[];
  const misplaced = checkPositions(body, true, false, callbackName);
  if (misplaced) return misplaced;
  const early = returnWithoutCompletion(fn, callbackName);
  if (early || !completes(body, callbackName)) {
    return { reason: 'callback-not-called-on-every-path', message: `a path through the function ends without calling ${callbackName}`, node: early?.loc ? early : fn };
  }
  return null;
}

/** Every reference must be a call of the callback or a pass-through, at statement level, in this function. */
function findEscapingReference(fn: Node, callbackName: string): CompletionFailure | null {
  let failure: CompletionFailure | null = null;
  const visit = (node: Node, parent: Node | null, grandparent: Node | null, nested: boolean) => {
    if (failure) return;
    if (node !== fn && isFunction(node)) {
      if (node.params.some((p: Node) => isIdentifier(p, callbackName))) return;
      nested = true;
    }
    if (isIdentifier(node, callbackName) && parent && !isPropertyName(node, parent)) {
      if (parent === fn) return; // the parameter itself
      if (nested) {
        failure = { reason: 'callback-escapes', message: `${callbackName} is called from a nested function that stays a callback`, node };
        return;
      }
      const isCall = parent.type === 'CallExpression' && parent.callee === node;
      const isPassThrough =
        parent.type === 'CallExpression' && parent.arguments[parent.arguments.length - 1] === node && !isNotPassThroughTarget(parent);
      const atStatementLevel = grandparent && (grandparent.type === 'ExpressionStatement' || grandparent.type === 'ReturnStatement');
      const defaulted = parent.type === 'AssignmentExpression' && parent.left === node && mentions(parent.right, callbackName);
      const reassigned = parent.type === 'AssignmentExpression' && parent.left === node;
      if ((parent.type === 'UnaryExpression' && parent.operator === 'typeof') || defaulted) {
        failure = { reason: 'optional-callback', message: `${callbackName} is optional (${defaulted ? 'given a default' : 'typeof check'})`, node };
      } else if (reassigned && isIdentifier(parent.right) && fn.params.some((p: Node) => isIdentifier(p, parent.right.name))) {
        // What argument-shuffle.ts drops is gone by now: this one has a shape it does not take.
        failure = {
          reason: 'argument-shuffle',
          message: `${callbackName} is taken from the ${parent.right.name} parameter (an optional-argument shuffle that cannot become a default parameter: several shuffles, or a fallback that runs code)`,
          node,
        };
      } else if (!(isCall || isPassThrough)) {
        failure = { reason: 'callback-escapes', message: `${callbackName} is stored or passed on as a value`, node };
      } else if (!atStatementLevel) {
        failure = { reason: 'callback-in-expression', message: `${callbackName} is called inside an expression`, node };
      }
      return;
    }
    forEachChild(node, (child) => visit(child, node, parent, nested));
  };
  visit(fn, null, null, false);
  return failure;
}

function mentions(node: Node, name: string): boolean {
  return someNode(node, (child) => isIdentifier(child, name));
}

/**
 * Completion statements must end their path; no callback use in loops, switch or try blocks.
 * `mentionedAfter`: the callback is used again after this statement list, on the same path.
 */
function checkPositions(statements: Node[], terminal: boolean, mentionedAfter: boolean, name: string): CompletionFailure | null {
  for (let i = 0; i < statements.length; i += 1) {
    const statement = statements[i];
    const form = completionForm(statement, name);
    const laterMention = mentionedAfter || statements.slice(i + 1).some((s) => mentions(s, name));
    if (form) {
      const endsPath = statement.type === 'ReturnStatement' || (terminal && i === statements.length - 1) || isBareReturn(statements[i + 1]);
      if (!endsPath) {
        const later = laterMention;
        return later
          ? { reason: 'callback-called-twice', message: `${name} can be called twice on one path`, node: statement }
          : { reason: 'code-after-callback-call', message: `code runs after ${name} is called`, node: statement };
      }
      continue;
    }
    if (!mentions(statement, name)) continue;
    const last = terminal && i === statements.length - 1;
    switch (statement.type) {
      case 'IfStatement': {
        const failure =
          checkPositions(blockStatements(statement.consequent), last, laterMention, name) ??
          checkPositions(blockStatements(statement.alternate), last, laterMention, name);
        if (failure) return failure;
        break;
      }
      case 'BlockStatement': {
        const failure = checkPositions(statement.body, last, laterMention, name);
        if (failure) return failure;
        break;
      }
      case 'TryStatement': {
        if (mentions(statement.block, name) || (statement.finalizer && mentions(statement.finalizer, name))) {
          return { reason: 'callback-inside-try', message: `${name} is called inside a try block, where its own exceptions would be caught`, node: statement };
        }
        const failure = statement.handler ? checkPositions(statement.handler.body.body, last, laterMention, name) : null;
        if (failure) return failure;
        break;
      }
      case 'ForStatement':
      case 'ForInStatement':
      case 'ForOfStatement':
      case 'WhileStatement':
      case 'DoWhileStatement':
        return { reason: 'callback-in-loop', message: `${name} is called inside a loop`, node: statement };
      default:
        return { reason: 'unsupported-control-flow', message: `${name} is used in a ${statement.type}`, node: statement };
    }
  }
  return null;
}

/** Every path ends by calling back, passing the callback on, or throwing. */
function completes(statements: Node[], name: string): boolean {
  const last = statements[statements.length - 1];
  if (!last) return false;
  if (isBareReturn(last)) return !!completionForm(statements[statements.length - 2], name) && statements.length >= 2;
  if (completionForm(last, name) || last.type === 'ThrowStatement') return true;
  if (last.type === 'ReturnStatement') return false;
  if (last.type === 'BlockStatement') return completes(last.body, name);
  if (last.type === 'IfStatement') {
    return !!last.alternate && completes(blockStatements(last.consequent), name) && completes(blockStatements(last.alternate), name);
  }
  if (last.type === 'TryStatement') {
    return !last.finalizer && completes(last.block.body, name) && (!last.handler || completes(last.handler.body.body, name));
  }
  return false;
}

/** A `return` that leaves without calling back (other than `cb(); return;`). */
function returnWithoutCompletion(fn: Node, name: string): Node | null {
  let found: Node | null = null;
  walk(fn.body, (node, parent) => {
    if (found || (node !== fn && isFunction(node))) return false;
    if (node.type !== 'ReturnStatement' || completionForm(node, name)) return true;
    const siblings: Node[] | null = parent?.type === 'BlockStatement' ? parent.body : null;
    const previous = siblings ? siblings[siblings.indexOf(node) - 1] : undefined;
    if (!(isBareReturn(node) && previous && completionForm(previous, name))) found = node;
    return false;
  });
  return found;
}

export interface CompletionRewrite {
  /** Results the callback passed on success (`cb(null, a, b)` -> 2); null when unknown. */
  resultCount: number | null;
}

/**
 * Rewrites completion statements: `cb(null, v)` -> `return v`, `cb(err)` -> `throw err`,
 * `api(x, cb)` -> `return <promise of api(x)>`. `toPromise` builds the promise of a pass-through.
 */
export function rewriteCompletions(
  j: JSCodeshift,
  tx: Transaction,
  fn: Node,
  callbackName: string,
  toPromise: (call: Node) => Node | SourceSkip,
): CompletionRewrite | { failure: CompletionFailure } {
  let resultCount: number | null = 0;
  // How many results each success completion passes: several on one path and fewer on another
  // would return an array there and a bare value here, and callers destructure both.
  const successCounts = new Set<number>();
  let failure: CompletionFailure | null = null;
  // Names that hold an error for sure: caught exceptions (pushed per catch clause) and
  // `const e = new Error(…)` in this function.
  const catchParams: string[] = constErrors(fn);

  const rewriteList = (statements: Node[], atFunctionBody: boolean) => {
    for (let i = 0; i < statements.length && !failure; i += 1) {
      const statement = statements[i];
      const form = completionForm(statement, callbackName);
      if (!form) {
        rewriteInside(statement);
        continue;
      }
      let replacement: Node[];
      if (form.kind === 'pass-through') {
        const promise = toPromise(form.call);
        if ('skip' in promise) {
          failure = { reason: promise.skip, message: `the call that receives ${callbackName}: ${promise.message}`, node: statement };
          return;
        }
        resultCount = null;
        replacement = [j.returnStatement(promise)];
      } else {
        replacement = completionReplacement(j, form.call, catchParams);
        const count = Math.max(0, form.call.arguments.length - 1);
        if (!isErrorCall(form.call, catchParams)) {
          successCounts.add(count);
          if (resultCount !== null) resultCount = Math.max(resultCount, count);
        }
      }
      const followedByReturn = isBareReturn(statements[i + 1]);
      const isLastOfBody = atFunctionBody && i === statements.length - 1;
      if (isLastOfBody && replacement.length === 1 && isBareReturn(replacement[0])) replacement = [];
      copyLeadingComments(statement, replacement[0]);
      tx.splice(statements, i, followedByReturn ? 2 : 1, ...replacement);
      i += replacement.length - 1;
    }
  };

  const rewriteInside = (statement: Node) => {
    switch (statement.type) {
      case 'IfStatement':
        for (const key of ['consequent', 'alternate'] as const) {
          const branch = statement[key];
          if (!branch) continue;
          if (branch.type === 'BlockStatement') {
            rewriteList(branch.body, false);
            continue;
          }
          if (!completionForm(branch, callbackName)) continue;
          // `if (x) return cb(null, v);` stays a one-line branch when its rewrite is one statement.
          const wrapped = [branch];
          rewriteList(wrapped, false);
          tx.set(statement, key, wrapped.length === 1 ? wrapped[0] : j.blockStatement(wrapped));
        }
        break;
      case 'BlockStatement':
        rewriteList(statement.body, false);
        break;
      case 'TryStatement':
        rewriteList(statement.block.body, false);
        if (statement.handler) {
          const param = statement.handler.param;
          if (isIdentifier(param)) catchParams.push(param.name);
          rewriteList(statement.handler.body.body, false);
          if (isIdentifier(param)) catchParams.pop();
        }
        break;
    }
  };

  rewriteList(fn.body.body, true);
  if (failure) return { failure };
  if (successCounts.size > 1 && Math.max(...successCounts) > 1) {
    const counts = [...successCounts].sort((a, b) => a - b).join(' or ');
    return { failure: { reason: 'multiple-results', message: `${callbackName} is called back with ${counts} results on different paths: one promise value cannot be both`, node: fn } };
  }
  return { resultCount };
}

/** `cb()`/`cb(null)` -> `return`, `cb(null, v)` -> `return v`, `cb(err)` -> `throw err`. */
function completionReplacement(j: JSCodeshift, call: Node, catchParams: string[]): Node[] {
  const [error, ...results] = call.arguments;
  const value = results.length === 0 ? null : results.length === 1 ? results[0] : j.arrayExpression(results);
  if (!error || isNullish(error)) return [j.returnStatement(value)];
  if (isDefinitelyError(error, catchParams)) return [j.throwStatement(error)];
  // The first argument may be null at run time: keep both outcomes.
  return [j.ifStatement(error, j.throwStatement(error)), j.returnStatement(value)];
}

function isErrorCall(call: Node, catchParams: string[]): boolean {
  const error = call.arguments[0];
  return !!error && !isNullish(error) && isDefinitelyError(error, catchParams);
}

/** `const e = new X(…)` / `const e = Error(…)` declared in the function's own body. */
function constErrors(fn: Node): string[] {
  const names: string[] = [];
  walk(fn.body, (node) => {
    if (node !== fn.body && isFunction(node)) return false;
    if (node.type === 'VariableDeclaration' && node.kind === 'const') {
      for (const d of node.declarations) if (isIdentifier(d.id) && d.init && isDefinitelyError(d.init, [])) names.push(d.id.name);
    }
    return true;
  });
  return names;
}

/** Values that are truthy for sure: `new Error()`, `Error()`, a caught exception. */
function isDefinitelyError(node: Node, catchParams: string[]): boolean {
  if (node.type === 'NewExpression') return true;
  if (node.type === 'CallExpression' && isIdentifier(node.callee) && /Error$/.test(node.callee.name)) return true;
  return isIdentifier(node) && catchParams.includes(node.name);
}

function copyLeadingComments(from: Node, to: Node | undefined): void {
  if (to && from.comments?.length) to.comments = from.comments;
}
