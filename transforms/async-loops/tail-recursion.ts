/**
 * An async function that calls itself only as `return self(…)`: each call is the last thing its
 * invocation does, so the invocations can share one frame and become iterations of a loop.
 */
import { isAssignedIn, isFunction, isIdentifier, isLoop, patternNames, someNode, usesOwnArguments, usesOwnThis, walk, type Node } from '../lib/ast';
import { findUses, isRedeclaredInside, type Use } from './references';

export interface TailCall {
  /** The `return self(…)` statement. */
  statement: Node;
  /** The node holding it: a block, an if branch, a label. */
  container: Node;
  call: Node;
}

export interface Skip {
  skip: string;
  message: string;
}

export interface TailRecursion {
  fn: Node;
  name: string;
  calls: TailCall[];
  /** `var` declarations that become `let`s of the loop body. */
  vars: Node[];
}

/** The tail calls of an async function that calls itself; a skip when they cannot be a loop; null when it does not recurse. */
export function readTailRecursion(fn: Node, name: string, program: Node): TailRecursion | Skip | null {
  if (fn.body?.type !== 'BlockStatement') return null;
  const uses = findUses(fn.body, name);
  if (uses.length === 0) return null;
  if (isRedeclaredInside(fn, name)) return { skip: 'name-shadowed', message: `${name} is declared again inside the function` };
  // The loop assigns the next call's arguments to the parameters by name: a block-local
  // redeclaration would take the assignment instead (and the parameter would never change).
  const shadowed = fn.params.flatMap((param: Node) => patternNames(param)).find((param: string) => isRedeclaredInside(fn.body, param));
  if (shadowed) return { skip: 'parameter-shadowed', message: `the parameter ${shadowed} is declared again inside the function` };
  if (fn.type === 'FunctionDeclaration' && isAssignedIn(program, name)) {
    return { skip: 'function-reassigned', message: `${name} is assigned elsewhere, so the call may reach another function` };
  }
  const calls: TailCall[] = [];
  for (const use of uses) {
    const call = tailCallOf(use);
    if ('skip' in call) return call;
    calls.push(call);
  }
  const problem = functionProblem(fn, name, calls);
  if (problem) return problem;
  const vars = fn.body.body.filter((statement: Node) => statement.type === 'VariableDeclaration' && statement.kind === 'var');
  return { fn, name, calls, vars };
}

function tailCallOf(use: Use): TailCall | Skip {
  const { node, ancestors } = use;
  const call = ancestors[ancestors.length - 1];
  if (call?.type !== 'CallExpression' || call.callee !== node) {
    return { skip: 'function-used-as-value', message: `${node.name} is passed on or stored inside its own body` };
  }
  let at = ancestors.length - 2;
  if (ancestors[at]?.type === 'AwaitExpression') at -= 1;
  const statement = ancestors[at];
  if (statement?.type !== 'ReturnStatement') {
    return { skip: 'recursion-not-in-tail-position', message: 'the function calls itself and then goes on (or uses the result)' };
  }
  // ancestors[0] is the function body; look at everything between it and the return.
  for (let i = 1; i < at; i += 1) {
    const around = ancestors[i];
    const inner = ancestors[i + 1];
    if (isFunction(around)) return { skip: 'recursion-in-nested-function', message: 'the function calls itself from a nested function (a callback or timer)' };
    if (isLoop(around) || around.type === 'SwitchStatement') return { skip: 'recursion-in-loop', message: 'the function calls itself from a loop or switch' };
    if (around.type === 'TryStatement' && (inner === around.block || inner === around.finalizer || around.finalizer)) {
      return { skip: 'recursion-inside-try', message: 'the function calls itself inside try (or a catch with finally), whose handlers the next call escaped' };
    }
  }
  if (call.arguments.some((arg: Node) => arg.type === 'SpreadElement')) return { skip: 'argument-shape', message: 'the recursive call spreads its arguments' };
  return { statement, container: ancestors[at - 1], call };
}

/** What the whole function must satisfy for its invocations to share one set of variables. */
function functionProblem(fn: Node, name: string, calls: TailCall[]): Skip | null {
  if (fn.generator) return { skip: 'function-shape', message: 'an async generator' };
  if (fn.type !== 'ArrowFunctionExpression' && usesOwnThis(fn)) return { skip: 'uses-this', message: 'the function uses `this`, which the recursive call did not pass on' };
  if (fn.type !== 'ArrowFunctionExpression' && usesOwnArguments(fn)) return { skip: 'uses-arguments', message: 'the function reads `arguments`' };
  if (!fn.params.every((param: Node) => isIdentifier(param))) {
    return { skip: 'parameter-shape', message: 'a parameter has a default, a pattern or a rest element, which each call recomputed' };
  }
  if (calls.some((c) => c.call.arguments.length > fn.params.length)) return { skip: 'argument-shape', message: `${name} is called with more arguments than it declares` };
  const params: string[] = fn.params.map((param: Node) => param.name);
  const vars: Node[] = [];
  let declaresFunction = false;
  walk(fn.body, (node) => {
    if (node !== fn.body && isFunction(node)) {
      if (node.type === 'FunctionDeclaration') declaresFunction = true;
      return false;
    }
    if (node.type === 'VariableDeclaration' && node.kind === 'var') vars.push(node);
    return true;
  });
  if (declaresFunction || !vars.every((declaration) => isFreshEachCall(fn.body.body, declaration))) {
    return { skip: 'function-scoped-declarations', message: 'the body declares functions, or `var`s it may read before (or without) assigning, which each call had fresh and a loop would share' };
  }
  const captured = params.find((param) => capturedByClosure(fn.body, param));
  if (captured) return { skip: 'closure-captures-parameter', message: `a nested function reads ${captured}, which each call had its own copy of` };
  return null;
}

/**
 * `var x = v;` at the top of the body, declared once, not read before it: as a `let` of the loop
 * body it starts fresh each iteration, as it did each call.
 */
function isFreshEachCall(body: Node[], declaration: Node): boolean {
  const index = body.indexOf(declaration);
  if (index < 0 || !declaration.declarations.every((d: Node) => d.init && isIdentifier(d.id))) return false;
  const names: string[] = declaration.declarations.map((d: Node) => d.id.name);
  const declaredAgain = body.some((statement, i) => i !== index && someNode(statement, (n) => n.type === 'VariableDeclarator' && patternNames(n.id).some((x) => names.includes(x))));
  const readBefore = someNode(body.slice(0, index), (n) => isIdentifier(n) && names.includes(n.name));
  const readInOwnInit = declaration.declarations.some((d: Node, i: number) => someNode(d.init, (n) => isIdentifier(n) && names.slice(i).includes(n.name)));
  return !declaredAgain && !readBefore && !readInOwnInit;
}

function capturedByClosure(body: Node, name: string): boolean {
  let found = false;
  walk(body, (node) => {
    if (found) return false;
    if (node !== body && isFunction(node)) {
      found = someNode(node, (child) => isIdentifier(child, name));
      return false;
    }
    return true;
  });
  return found;
}
