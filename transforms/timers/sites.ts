/**
 * Every timer call of a file (`setTimeout`, `setImmediate`, `setInterval`, `process.nextTick`)
 * with where it sits: its statement, the statement list or branch holding it, the function it is
 * in, and whether it is the last step of that function's flow.
 */
import { forEachChild, isFunction, isIdentifier, type Node } from '../lib/ast';
import { isGenerated } from '../lib/snippets';
import { isBareReturn } from '../callbacks/lift';

export type TimerKind = 'setTimeout' | 'setImmediate' | 'setInterval' | 'nextTick';

export interface TimerSite {
  call: Node;
  timer: TimerKind;
  /** The expression statement that is the call, null when the call's value (its handle) is used. */
  statement: Node | null;
  /** Where the statement sits: a statement list, or an `if` branch (`{ node, key }`). */
  container: Node[] | { node: Node; key: string } | null;
  /** The nearest enclosing function, null at the top level. */
  fn: Node | null;
}

const GLOBAL_TIMERS = new Set(['setTimeout', 'setImmediate', 'setInterval']);

/** `declared`: names the file declares; a timer of that name is not the global one. */
export function findTimerSites(program: Node, declared: Set<string>): { sites: TimerSite[]; shadowed: Node[] } {
  const sites: TimerSite[] = [];
  const shadowed: Node[] = [];
  const stack: Node[] = [];
  const visit = (node: Node) => {
    // awaitify's own helpers (the callbackApi wrapper's nextTick) are not the user's timers.
    if (node.type === 'CallExpression' && !isGenerated(node, program)) {
      const timer = timerKind(node.callee, declared);
      if (timer === 'shadowed') shadowed.push(node);
      else if (timer) sites.push(describe(node, timer, stack));
    }
    stack.push(node);
    forEachChild(node, visit);
    stack.pop();
  };
  visit(program);
  return { sites, shadowed };
}

function timerKind(callee: Node, declared: Set<string>): TimerKind | 'shadowed' | null {
  if (isIdentifier(callee) && GLOBAL_TIMERS.has(callee.name)) return declared.has(callee.name) ? 'shadowed' : (callee.name as TimerKind);
  if (callee.type === 'MemberExpression' && !callee.computed && isIdentifier(callee.object, 'process') && isIdentifier(callee.property, 'nextTick')) {
    return declared.has('process') ? null : 'nextTick';
  }
  return null;
}

function describe(call: Node, timer: TimerKind, stack: Node[]): TimerSite {
  const fn = [...stack].reverse().find(isFunction) ?? null;
  const parent = stack[stack.length - 1];
  if (parent?.type !== 'ExpressionStatement') return { call, timer, statement: null, container: null, fn };
  const holder = stack[stack.length - 2];
  let container: TimerSite['container'] = null;
  if (Array.isArray(holder?.body) && holder.body.includes(parent)) container = holder.body;
  else if (holder?.type === 'SwitchCase') container = holder.consequent;
  else if (holder?.type === 'IfStatement') container = { node: holder, key: holder.consequent === parent ? 'consequent' : 'alternate' };
  return { call, timer, statement: parent, container, fn };
}

/**
 * The expression statements that end their function's flow: the last statement of the body, or
 * of a block or `if` branch that itself ends the flow, or one followed by a bare `return;`. Loops,
 * `switch` and `try` are not looked into: something may run after them.
 */
export function flowEnds(fn: Node): Set<Node> {
  const ends = new Set<Node>();
  if (fn.body?.type === 'BlockStatement') markEnds(fn.body.body, true, ends);
  return ends;
}

function markEnds(statements: Node[], terminal: boolean, ends: Set<Node>): void {
  statements.forEach((statement, index) => {
    const endsFlow = (terminal && index === statements.length - 1) || isBareReturn(statements[index + 1]);
    markEnd(statement, endsFlow, ends);
  });
}

/** Blocks and branches are looked into wherever they are: a `return;` inside one ends the flow too. */
function markEnd(statement: Node, endsFlow: boolean, ends: Set<Node>): void {
  if (statement.type === 'ExpressionStatement' && endsFlow) ends.add(statement);
  else if (statement.type === 'BlockStatement') markEnds(statement.body, endsFlow, ends);
  else if (statement.type === 'IfStatement') {
    for (const branch of [statement.consequent, statement.alternate]) if (branch) markEnd(branch, endsFlow, ends);
  }
}
