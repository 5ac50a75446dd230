/**
 * Writes a chain as statements with `await`, for one of the places a chain's value goes:
 *
 *   return  `return p.then(f)`             -> `const x = await p; …f's body, its returns kept…`
 *   discard `await p.then(f);`             -> f's final `return e` becomes `await e;`
 *   declare `const v = await p.then(f);`   -> f's final `return e` becomes `const v = await e;`
 *   assign  (inside try blocks)            -> `v = await e;`
 *
 * Error steps become `try` statements around exactly the steps they covered: `.catch` covers
 * every step before it, `.then(ok, fail)` lets `fail` cover only the steps before it (never
 * `ok`), `.finally` runs after all before it. Inside a `try`, returned values are awaited so
 * their rejections still reach the handler, as in the chain.
 */
import type { JSCodeshift } from 'jscodeshift';
import { freshName, isIdentifier, type Node } from '../lib/ast';
import { evaluationMayThrow } from '../lib/evaluation';
import { isThisFreeGlobal, type Chain, type Handler, type Step } from './chain';
import { bodyStatements, ownReturns, paramReassigned } from './handler';
import { canCompleteNormally } from './completion';

export type Sink =
  | { kind: 'return'; inTry: boolean }
  | { kind: 'discard' }
  | { kind: 'declare'; declKind: 'const' | 'let'; id: Node }
  | { kind: 'assign'; name: string };

export class ChainEmitter {
  constructor(
    private readonly j: JSCodeshift,
    private readonly chain: Chain,
    /** Names already used where the statements go (fresh temporaries avoid them). */
    private readonly taken: Set<string>,
  ) {}

  /** Values known never to be thenables (awaiting them would only add a tick). */
  private readonly settled = new WeakSet<Node>();

  /** Set when the chain's first call is started before the `try` that covers it. */
  private startedBase: Node | null = null;

  emit(sink: Sink): Node[] {
    const { j } = this;
    const base = this.chain.base;
    // A throw while the first call's callee and arguments are evaluated came before any handler
    // was attached: it went to the caller, not to `.catch`/`.finally`. Start it outside the `try`.
    if (this.chain.steps.some((step) => step.kind !== 'then') && base.type === 'CallExpression' && !isPromiseResolve(base) && evaluationMayThrow(base)) {
      const promise = j.identifier(freshName('promise', this.taken));
      this.startedBase = promise;
      const start = j.variableDeclaration('const', [j.variableDeclarator(promise, joinMemberLines(j, base))]);
      return [start, ...this.steps(this.chain.steps, sink)];
    }
    return this.steps(this.chain.steps, sink);
  }

  private mayBeThenable(node: Node): boolean {
    return !this.settled.has(node) && mayBeThenable(node);
  }

  private steps(steps: Step[], sink: Sink): Node[] {
    if (steps.length === 0) return this.deliver(this.baseValue(), sink);
    const last = steps[steps.length - 1];
    const before = steps.slice(0, -1);
    switch (last.kind) {
      case 'then':
        return this.continueWith(before, last.onFulfilled, sink);
      case 'catch':
        return this.guarded(sink, (inner) => this.steps(before, inner), (handlerSink) => this.onError(last.onRejected, handlerSink));
      case 'finally':
        return this.guarded(sink, (inner) => this.steps(before, inner), null, this.onFinally(last.onFinally));
      case 'then-both':
        return this.thenBoth(before, last.onFulfilled, last.onRejected, sink);
    }
  }

  /** The steps before, their value bound to the handler's parameter, then the handler. */
  private continueWith(before: Step[], handler: Handler, sink: Sink): Node[] {
    const { j } = this;
    if (handler.kind === 'call') {
      const call = (arg: Node) => j.callExpression(handler.callee, [arg]);
      if (before.length === 0) return this.deliver(call(awaitOf(j, this.baseValue())), sink);
      // Named after the steps before are written, so temporaries number in chain order.
      const value = j.identifier('value');
      const statements = this.steps(before, { kind: 'declare', declKind: 'const', id: value });
      value.name = freshName('value', this.taken);
      return [...statements, ...this.deliver(call(j.identifier(value.name)), sink)];
    }
    const param = handler.fn.params[0];
    const bind: Sink = param ? { kind: 'declare', declKind: paramReassigned(handler.fn) ? 'let' : 'const', id: param } : { kind: 'discard' };
    return [...this.steps(before, bind), ...this.inline(handler.fn, sink)];
  }

  /**
   * `try { <covered steps> } catch (e) { <handler> } finally { <cleanup> }`. A declared value is
   * assigned in both branches, so it is declared with `let` before the `try`.
   */
  private guarded(sink: Sink, covered: (sink: Sink) => Node[], handler: ((sink: Sink) => { param: Node | null; body: Node[] }) | null, cleanup?: Node[]): Node[] {
    const { j } = this;
    if (sink.kind === 'declare') {
      const { name, declaration, rebind } = this.hoistedDeclaration(sink);
      const assign: Sink = { kind: 'assign', name };
      return [declaration, ...this.guarded(assign, covered, handler, cleanup), ...rebind];
    }
    const inner: Sink = sink.kind === 'return' ? { kind: 'return', inTry: true } : sink;
    const caught = handler?.(sink);
    const clause = caught ? j.catchClause(caught.param, null, j.blockStatement(caught.body)) : null;
    const block = covered(inner);
    // `.catch(g).finally(h)`: `try { try {…} catch {…} } finally {…}` is `try {…} catch {…} finally {…}`.
    const [only] = block;
    if (cleanup && !clause && block.length === 1 && only.type === 'TryStatement' && only.handler && !only.finalizer) {
      only.finalizer = j.blockStatement(cleanup);
      return [only];
    }
    return [j.tryStatement(j.blockStatement(block), clause, cleanup ? j.blockStatement(cleanup) : null)];
  }

  /** `.then(ok, fail)` as the last step of a returned chain: `fail` returns, `ok` runs after the `try`. */
  private thenBoth(before: Step[], ok: Handler, fail: Handler, sink: Sink): Node[] {
    const { j } = this;
    if (sink.kind !== 'return') throw new Error('then(ok, fail) converts only as the returned value');
    const param = ok.kind === 'inline' ? ok.fn.params[0] : j.identifier(freshName('value', this.taken));
    const reassigned = ok.kind === 'inline' && paramReassigned(ok.fn);
    const declared = param ? this.hoistedDeclaration({ declKind: reassigned ? 'let' : 'const', id: param }) : null;
    const covered: Sink = declared ? { kind: 'assign', name: declared.name } : { kind: 'discard' };
    const caught = this.onError(fail, sink);
    if (canCompleteNormally(caught.body)) caught.body.push(j.returnStatement(null));
    const tryStatement = j.tryStatement(j.blockStatement(this.steps(before, covered)), j.catchClause(caught.param, null, j.blockStatement(caught.body)));
    const okBody = ok.kind === 'inline' ? this.inline(ok.fn, sink) : this.deliver(j.callExpression(ok.callee, [j.identifier(declared!.name)]), sink);
    return [...(declared ? [declared.declaration] : []), tryStatement, ...(declared?.rebind ?? []), ...okBody];
  }

  /** `let v;` before a `try`, and `const { a } = v;` after it when the target was a pattern. */
  private hoistedDeclaration(sink: { declKind: 'const' | 'let'; id: Node }): { name: string; declaration: Node; rebind: Node[] } {
    const { j } = this;
    if (isIdentifier(sink.id)) return { name: sink.id.name, declaration: j.variableDeclaration('let', [j.variableDeclarator(sink.id)]), rebind: [] };
    const name = freshName('result', this.taken);
    return {
      name,
      declaration: j.variableDeclaration('let', [j.variableDeclarator(j.identifier(name))]),
      rebind: [j.variableDeclaration(sink.declKind, [j.variableDeclarator(sink.id, j.identifier(name))])],
    };
  }

  private onError(handler: Handler, sink: Sink): { param: Node | null; body: Node[] } {
    const { j } = this;
    if (handler.kind === 'inline') return { param: handler.fn.params[0] ?? null, body: this.inline(handler.fn, sink, false) };
    const error = j.identifier(freshName('error', this.taken));
    return { param: error, body: this.deliver(j.callExpression(handler.callee, [j.identifier(error.name)]), sink) };
  }

  /** A `finally` handler's body; its result is awaited (a rejection replaces the outcome, as in the chain). */
  private onFinally(handler: Handler): Node[] {
    const { j } = this;
    if (handler.kind === 'call') return this.deliver(j.callExpression(handler.callee, []), { kind: 'discard' });
    return this.inline(handler.fn, { kind: 'discard' });
  }

  /** The handler's statements with its returns made to deliver to `sink`. */
  private inline(fn: Node, sink: Sink, fulfilled = true): Node[] {
    const { j } = this;
    const statements = [...bodyStatements(j, fn)];
    const returns = fn.body.type === 'BlockStatement' ? ownReturns(fn) : statements;
    // Only top-level returns: one in a nested block may name a declaration that shadows these.
    const settledNames = this.settledNames(fn, fulfilled);
    for (const ret of statements) if (ret.type === 'ReturnStatement' && isIdentifier(ret.argument) && settledNames.has(ret.argument.name)) this.settled.add(ret.argument);
    if (sink.kind === 'return') {
      if (sink.inTry) {
        for (const ret of returns) if (ret.argument && this.mayBeThenable(ret.argument)) ret.argument = awaitOf(j, ret.argument);
      }
      return statements;
    }
    // Only a final return is possible here (checked before emitting).
    const last = statements[statements.length - 1];
    if (last?.type === 'ReturnStatement') {
      statements.pop();
      return [...statements, ...this.deliver(last.argument ?? j.identifier('undefined'), sink)];
    }
    return sink.kind === 'discard' ? statements : [...statements, ...this.deliver(j.identifier('undefined'), sink)];
  }

  /**
   * Names in `fn` that never hold a thenable: the parameter of a fulfilment handler (an awaited
   * value; a rejection reason may be anything) unless reassigned, and top-level `const`s of its
   * body initialized with a value that cannot be one.
   */
  private settledNames(fn: Node, fulfilled: boolean): Set<string> {
    const names = new Set<string>();
    const param = fn.params[0];
    if (fulfilled && isIdentifier(param) && !paramReassigned(fn)) names.add(param.name);
    if (fn.body.type !== 'BlockStatement') return names;
    for (const statement of fn.body.body) {
      if (statement.type !== 'VariableDeclaration' || statement.kind !== 'const') continue;
      for (const d of statement.declarations) if (isIdentifier(d.id) && d.init && !this.mayBeThenable(d.init)) names.add(d.id.name);
    }
    return names;
  }

  /** The chain's starting promise; `Promise.resolve(x)` is just `x` once awaited. */
  private baseValue(): Node {
    if (this.startedBase) return this.j.identifier(this.startedBase.name);
    const base = this.chain.base;
    return isPromiseResolve(base) ? base.arguments[0] : joinMemberLines(this.j, base);
  }

  /** Statements that hand `value` (awaited when it may be a promise) to the sink. */
  private deliver(value: Node, sink: Sink): Node[] {
    const { j } = this;
    const awaited = () => (this.mayBeThenable(value) ? awaitOf(j, value) : value);
    switch (sink.kind) {
      case 'return':
        return [j.returnStatement(sink.inTry ? awaited() : value)];
      case 'discard':
        if (this.mayBeThenable(value)) return [j.expressionStatement(awaitOf(j, value))];
        return hasNoEffect(value) ? [] : [j.expressionStatement(value)];
      case 'declare':
        return [j.variableDeclaration(sink.declKind, [j.variableDeclarator(sink.id, awaited())])];
      case 'assign':
        return [j.expressionStatement(j.assignmentExpression('=', j.identifier(sink.name), awaited()))];
    }
  }
}

/** Expressions that bind looser than `await` and would otherwise be split by it (`await a || b`). */
const LOOSER_THAN_AWAIT = /^(LogicalExpression|BinaryExpression|ConditionalExpression|AssignmentExpression|SequenceExpression|ArrowFunctionExpression|YieldExpression|TSAsExpression|TSSatisfiesExpression|AsExpression)$/;

/** `await value`, parenthesized where needed: recast reuses the operand's text without adding them. */
export function awaitOf(j: JSCodeshift, value: Node): Node {
  if (LOOSER_THAN_AWAIT.test(value.type)) value.extra = { ...value.extra, parenthesized: true };
  return j.awaitExpression(value);
}

/** False when the value can never be a promise (so awaiting it would only add a tick). */
export function mayBeThenable(node: Node): boolean {
  switch (node.type) {
    case 'StringLiteral':
    case 'NumericLiteral':
    case 'BooleanLiteral':
    case 'NullLiteral':
    case 'BigIntLiteral':
    case 'RegExpLiteral':
    case 'Literal':
    case 'TemplateLiteral':
    case 'BinaryExpression':
    case 'UnaryExpression':
    case 'UpdateExpression':
    case 'ArrayExpression':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
    case 'ClassExpression':
      return false;
    case 'ConditionalExpression':
      return mayBeThenable(node.consequent) || mayBeThenable(node.alternate);
    case 'LogicalExpression':
      return mayBeThenable(node.left) || mayBeThenable(node.right);
    case 'SequenceExpression':
      return mayBeThenable(node.expressions[node.expressions.length - 1]);
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'TSNonNullExpression':
    case 'TSTypeAssertion':
    case 'ParenthesizedExpression':
      return mayBeThenable(node.expression);
    case 'ObjectExpression':
      return node.properties.some((p: Node) => p.type === 'SpreadElement' || p.computed || isIdentifier(p.key, 'then') || p.key?.value === 'then');
    case 'Identifier':
      return node.name !== 'undefined';
    case 'CallExpression':
      return !isThisFreeGlobal(node.callee);
    default:
      return true;
  }
}

/**
 * `db\n  .getUser(id)` written across lines for the chain that followed: once the chain is gone
 * the line break only spreads `await db` over two lines, so the member is printed afresh.
 */
function joinMemberLines(j: JSCodeshift, base: Node): Node {
  for (let node = base; node?.type === 'CallExpression' || node?.type === 'MemberExpression'; node = node.type === 'CallExpression' ? node.callee : node.object) {
    const callee = node.type === 'CallExpression' ? node.callee : null;
    if (callee?.type !== 'MemberExpression' || callee.computed || !callee.loc || !callee.object.loc || !callee.property.loc) continue;
    if (callee.object.loc.end.line !== callee.property.loc.start.line) node.callee = j.memberExpression(callee.object, callee.property);
  }
  return base;
}

function hasNoEffect(node: Node): boolean {
  return isIdentifier(node) || /Literal$/.test(node.type);
}

/** `Promise.resolve(x)` with one plain argument. */
function isPromiseResolve(base: Node): boolean {
  return (
    base.type === 'CallExpression' &&
    base.callee.type === 'MemberExpression' &&
    isIdentifier(base.callee.object, 'Promise') &&
    isIdentifier(base.callee.property, 'resolve') &&
    base.arguments.length === 1 &&
    base.arguments[0].type !== 'SpreadElement'
  );
}
