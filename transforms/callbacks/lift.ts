/**
 * Lifts callback sites at the ends of paths into `await`s, flattening nested callbacks into
 * sequential code. A site is lifted only where nothing ran after the call in the original (the
 * end of its path), so the callback body can follow the `await` without reordering effects.
 */
import type { JSCodeshift } from 'jscodeshift';
import { freshName, isAssignedIn, isFunction, isIdentifier, isPropertyName, patternNames, someNode, usesOwnArguments, usesOwnThis, walk, type Node } from '../lib/ast';
import { evaluationMayThrow } from '../lib/evaluation';
import { renameBinding } from '../lib/rename';
import { objectPattern } from '../lib/snippets';
import { varNames } from '../lib/statements';
import type { Transaction } from '../lib/transaction';
import { alwaysExits, planErrorHandling, referencesName, type ErrorPlan } from './error-plan';
import { isKnownErrorFirstCall, promiseSourceFor, type PromiseSource, type PromiseSourceEnv } from './promise-source';
import { matchCallbackSite, type CallbackSite } from './site';

export interface SiteOutcome {
  converted(site: CallbackSite, via: string): void;
  skipped(site: CallbackSite, reason: string, message: string): void;
  note(site: CallbackSite, code: string, message: string): void;
}

export interface LiftEnv extends PromiseSourceEnv {
  tx: Transaction;
  /** Every name used in the file, grown as names are added. */
  names: Set<string>;
  /** TypeScript file: a caught error used as an object needs `catch (err: any)`. */
  typescript: boolean;
  outcome: SiteOutcome;
}

export interface LiftTarget {
  /** The function whose body is lifted. */
  fn: Node;
  /** `convert`: the function becomes async now; `async`: it already is. */
  mode: 'convert' | 'async';
  /** The completion callback parameter being converted (convert mode). */
  callbackName: string | null;
  /** The test object of a tape test being converted (`t`): its `t.error(err)` checks the error. */
  tapeObject?: string | null;
}

export class Lifter {
  constructor(
    private readonly env: LiftEnv,
    private readonly target: LiftTarget,
  ) {}

  private get j(): JSCodeshift {
    return this.env.j;
  }

  liftBody(): void {
    const body = this.target.fn.body;
    if (body?.type === 'BlockStatement') this.liftStatements(body.body, true);
  }

  /** `terminal`: nothing runs after the end of this statement list on its path. */
  private liftStatements(statements: Node[], terminal: boolean): void {
    for (let index = 0; index < statements.length; ) {
      const statement = statements[index];
      const endsPath =
        statement.type === 'ReturnStatement' ||
        (terminal && index === statements.length - 1) ||
        isBareReturn(statements[index + 1]);
      const site = this.matchSite(statement);
      if (site) {
        if (endsPath && this.liftSite(statements, index, site, terminal && index === statements.length - 1)) continue;
        if (!endsPath && terminal) {
          this.liftSiteBeforeCode(statements, index, site);
        } else if (!endsPath) {
          this.env.outcome.skipped(site, 'code-after-callback', 'code after the call runs before its callback, and more code follows the block');
        }
        index += 1;
        continue;
      }
      this.liftNested(statement, endsPath && statement.type !== 'ReturnStatement');
      index += 1;
    }
  }

  /** Looks into blocks, if branches and catch clauses; loops, switch and try blocks stay as they are. */
  private liftNested(statement: Node, terminal: boolean): void {
    switch (statement.type) {
      case 'BlockStatement':
        this.liftStatements(statement.body, terminal);
        break;
      case 'IfStatement':
        for (const key of ['consequent', 'alternate'] as const) {
          const branch = statement[key];
          if (!branch) continue;
          if (branch.type !== 'BlockStatement' && this.matchSite(branch)) {
            this.env.tx.set(statement, key, this.j.blockStatement([branch]));
          }
          if (statement[key].type === 'BlockStatement') this.liftStatements(statement[key].body, terminal);
        }
        break;
      case 'TryStatement':
        // Inside `try`, the lifted success path would fall under the user's catch: only the
        // handler, which runs outside the protected block, is lifted.
        if (statement.handler && !statement.finalizer) this.liftStatements(statement.handler.body.body, terminal);
        break;
    }
  }

  private matchSite(statement: Node): CallbackSite | null {
    return matchCallbackSite(statement, (call) => isKnownErrorFirstCall(call, this.env));
  }

  /** Replaces the site with awaited code; false (and reported) when it cannot be done safely. */
  private liftSite(statements: Node[], index: number, site: CallbackSite, atFunctionEnd: boolean): boolean {
    const built = this.buildLift(site, statements, atFunctionEnd);
    if ('skip' in built) {
      this.env.outcome.skipped(site, built.skip, built.message);
      return false;
    }
    const replacement = built.statements;
    const needsExit = !atFunctionEnd && !isBareReturn(statements[index + 1]) && !alwaysExits(replacement);
    if (needsExit) replacement.push(this.j.returnStatement(null));
    copyComments(site.statement, replacement[0]);
    this.env.tx.splice(statements, index, 1, ...replacement);
    this.env.outcome.converted(site, built.via);
    this.noteThrownError(site, built.plan);
    this.noteNowAwaited(site);
    return true;
  }

  /**
   * `api(x, cb); more();` at the end of a path: `more()` ran before the callback. Start the
   * promise, run `more()`, then await it and continue with the callback body; only for APIs that
   * never call back synchronously, and only when `more()` cannot leave or wait.
   */
  private liftSiteBeforeCode(statements: Node[], index: number, site: CallbackSite): void {
    const after = statements.slice(index + 1);
    const reason = codeAfterObstacle(after, this.target.callbackName, (statement) => !!this.matchSite(statement));
    if (reason) {
      this.env.outcome.skipped(site, 'code-after-callback', `code after the call runs before its callback and ${reason}`);
      return;
    }
    const built = this.buildLift(site, statements, true, (source) => {
      if (!source.alwaysAsync) return 'the API may call back synchronously, before the code that follows it';
      return null;
    });
    if ('skip' in built) {
      this.env.outcome.skipped(site, built.skip === 'code-after-callback' ? built.skip : built.skip, built.message);
      return;
    }
    const j = this.j;
    const promiseName = freshName(`${site.resultParams[0]?.name ?? 'result'}Promise`, this.env.names);
    const start = j.variableDeclaration('const', [j.variableDeclarator(j.identifier(promiseName), built.source.expression)]);
    const awaited = this.awaitedStatements(built.plan, { ...built.source, expression: j.identifier(promiseName) }, site.resultParams, site.errName);
    copyComments(site.statement, start);
    this.env.tx.splice(statements, index, 1, start);
    this.env.tx.splice(statements, statements.length, 0, ...awaited);
    this.env.outcome.converted(site, `${built.via}, started before the code that followed the call`);
    this.noteThrownError(site, built.plan);
    this.noteNowAwaited(site);
    this.env.outcome.note(
      site,
      'started-before-await',
      'the call starts before the code that followed it, as before; if that code throws, the call still runs but its outcome is no longer delivered (a failure becomes an unhandled rejection)',
    );
  }

  /** Under TypeScript's strict catch variables, `err.message` needs `catch (err: any)`. */
  private catchParam(errName: string, handler: Node[]): Node {
    const param = this.j.identifier(errName);
    if (this.env.typescript && readsMemberOf(handler, errName)) param.typeAnnotation = this.j.tsTypeAnnotation(this.j.tsAnyKeyword());
    return param;
  }

  /**
   * In a function that was already async, the call used to run on its own: the function settled
   * before the callback ran. Awaited, the function settles after it.
   */
  private noteNowAwaited(site: CallbackSite): void {
    if (this.target.mode === 'async') {
      this.env.outcome.note(site, 'async-function-now-waits', 'the async function used to settle before this call completed; it now waits for it');
    }
  }

  /**
   * `if (err) throw err` in a callback crashed the process; awaited, it rejects instead.
   * tape's `t.error(err)` was an assertion of its own: a passing one on success, and on error a
   * failing one after which the callback went on. The rejection fails the test with the same
   * failing assertion, then tape ends it.
   */
  private noteThrownError(site: CallbackSite, plan: ErrorPlan): void {
    if (plan.kind === 'propagate' && plan.thrown) {
      this.env.outcome.note(site, 'uncaught-error-now-rejects', 'the callback threw its error (an uncaught exception); the rewrite rejects the async function instead');
    }
    if (plan.kind === 'propagate' && plan.tapeAssertion) {
      this.env.outcome.note(
        site,
        'tape-error-now-rejects',
        `${plan.tapeAssertion} is gone: on success the test reports one passing assertion fewer (its own); on error the rejected await fails the test with the same failing assertion and tape ends the test, so nothing after the check runs`,
      );
    }
  }

  private buildLift(
    site: CallbackSite,
    block: Node[],
    atFunctionEnd: boolean,
    checkSource: (source: PromiseSource) => string | null = () => null,
  ): { plan: Exclude<ErrorPlan, { kind: 'unsupported' }>; source: PromiseSource; statements: Node[]; via: string } | { skip: string; message: string } {
    const { callback, errName, resultParams } = site;
    const { mode } = this.target;
    if (callback.async || callback.generator) return { skip: 'async-callback', message: 'the callback is itself async or a generator' };
    if (callback.type === 'FunctionExpression') {
      if (usesOwnThis(callback)) return { skip: 'uses-this', message: 'the callback uses its own `this`' };
      if (usesOwnArguments(callback)) return { skip: 'uses-arguments', message: 'the callback reads `arguments`' };
      if (callback.id && referencesName([callback.body], callback.id.name)) {
        return { skip: 'callback-escapes', message: `the callback refers to itself by name (${callback.id.name})` };
      }
    }
    if (!resultParams.every((param: Node) => isIdentifier(param))) {
      return { skip: 'unsupported-callback-parameters', message: 'the callback destructures, defaults or spreads its results' };
    }
    if (mode === 'async' && site.statement.type === 'ReturnStatement') {
      return { skip: 'return-value-used', message: 'the async function returns what the call returns synchronously' };
    }
    const body = callback.body.type === 'BlockStatement' ? callback.body.body : [this.j.expressionStatement(callback.body)];
    if (mode === 'async' && returnsValue(body)) {
      return { skip: 'callback-returns-value', message: 'the callback returns a value, which would become the async function result' };
    }
    const plan = planErrorHandling(body, errName, (statements, endsCallback) => this.isPropagation(statements, errName!, endsCallback), this.target.tapeObject);
    if (plan.kind === 'unsupported') return { skip: plan.reason, message: plan.message };
    const resultNames = resultParams.map((param: Node) => param.name as string);
    if (plan.kind === 'handle') {
      if (resultNames.some((name: string) => referencesName(plan.handler, name))) {
        return { skip: 'results-used-on-error-path', message: 'the error branch reads the callback results' };
      }
      if (plan.handlerMustExit && !atFunctionEnd) {
        return { skip: 'error-handling-shape', message: 'the error branch falls through and more code follows the call' };
      }
    }
    const source = promiseSourceFor(site.call, resultParams.length, this.env);
    if ('skip' in source) return source;
    const errorReachesSuccess = plan.kind === 'swallow' || (plan.kind === 'handle' && !plan.handlerMustExit && !alwaysExits(plan.handler));
    if (errorReachesSuccess && source.results.kind === 'object' && resultNames.some((name: string) => referencesName(plan.success, name))) {
      // exec() delivers stdout with its error, fs.write its byte count: after a failed await
      // those results would be undefined.
      return { skip: 'results-used-after-error', message: 'the code after an ignored error reads results this API delivers along with the error' };
    }
    const sourceProblem = checkSource(source);
    if (sourceProblem) return { skip: 'code-after-callback', message: `code after the call runs before its callback, and ${sourceProblem}` };
    this.renameMovingBindings(callback, block, plan, resultNames);
    // The callback saw only the call's outcome: a throw while its callee and arguments are
    // evaluated went up, past the error branch. Inside the try it would reach the handler.
    const startFirst = evaluationMayThrow(site.call, { enclosing: this.target.fn, skipCallback: true });
    return { plan, source, statements: this.awaitedStatements(plan, source, resultParams, errName, startFirst), via: source.via };
  }

  /** `return cb(err)`, `cb(err); return`, `throw err`: passing the error on unchanged. */
  private isPropagation(statements: Node[], errName: string, endsCallback: boolean): boolean {
    const { callbackName } = this.target;
    const [first, second] = statements;
    const passesErr = (node: Node) =>
      !!callbackName &&
      node?.type === 'CallExpression' &&
      isIdentifier(node.callee, callbackName) &&
      node.arguments.length === 1 &&
      isIdentifier(node.arguments[0], errName);
    if (statements.length === 1) {
      if (first.type === 'ThrowStatement' && isIdentifier(first.argument, errName)) return true;
      if (first.type === 'ReturnStatement' && passesErr(first.argument)) return true;
      return endsCallback && first.type === 'ExpressionStatement' && passesErr(first.expression);
    }
    return statements.length === 2 && first.type === 'ExpressionStatement' && passesErr(first.expression) && isBareReturn(second);
  }

  /**
   * The callback's results and top-level declarations move into `block`: rename those whose name
   * the block already uses (or, for `var` and functions, the enclosing function).
   */
  private renameMovingBindings(callback: Node, block: Node[], plan: Exclude<ErrorPlan, { kind: 'unsupported' }>, resultNames: string[]): void {
    const blockScoped = new Set<string>(resultNames);
    const functionScoped = new Set<string>();
    for (const statement of plan.success) declaredNamesByScope(statement, blockScoped, functionScoped);
    if (plan.kind === 'handle') for (const statement of plan.handler) for (const n of varNames(statement)) functionScoped.add(n);
    if (blockScoped.size === 0 && functionScoped.size === 0) return;
    const inBlock = valueNames(block, callback);
    const inFunction = functionScoped.size > 0 ? valueNames([this.target.fn], callback) : new Set<string>();
    for (const name of new Set([...blockScoped, ...functionScoped])) {
      const taken = functionScoped.has(name) ? inFunction.has(name) : inBlock.has(name);
      if (!taken) continue;
      const renamed = freshName(name, this.env.names);
      renameBinding(this.j, callback, name, renamed, (node, key, value) => this.env.tx.set(node, key as never, value as never));
    }
  }

  private awaitedStatements(
    plan: Exclude<ErrorPlan, { kind: 'unsupported' }>,
    source: PromiseSource,
    resultParams: Node[],
    errName: string | null,
    startBeforeTry = false,
  ): Node[] {
    const j = this.j;
    let awaited = j.awaitExpression(source.expression);
    const pattern = resultPattern(j, source, resultParams);
    if (plan.kind === 'propagate') {
      if (!pattern) return [j.expressionStatement(awaited), ...plan.success];
      const kind = resultParams.some((param) => isAssignedIn(plan.success, param.name)) ? 'let' : 'const';
      return [j.variableDeclaration(kind, [j.variableDeclarator(pattern, awaited)]), ...plan.success];
    }
    const statements: Node[] = [];
    if (startBeforeTry) {
      const promiseName = freshName(`${resultParams[0]?.name ?? 'result'}Promise`, this.env.names);
      statements.push(j.variableDeclaration('const', [j.variableDeclarator(j.identifier(promiseName), source.expression)]));
      awaited = j.awaitExpression(j.identifier(promiseName));
    }
    let protectedStatement: Node = j.expressionStatement(awaited);
    if (pattern) {
      statements.push(j.variableDeclaration('let', resultParams.map((param) => j.variableDeclarator(bindingIdentifier(j, param)))));
      const assignTarget = pattern.type === 'Identifier' ? j.identifier(pattern.name) : clonePatternForAssignment(j, pattern);
      protectedStatement = j.expressionStatement(j.assignmentExpression('=', assignTarget, awaited));
    }
    const handler = plan.kind === 'handle' ? [...plan.handler] : [];
    if (plan.kind === 'handle' && plan.handlerMustExit) handler.push(j.returnStatement(null));
    const usesErr = plan.kind === 'handle' && errName !== null && referencesName(handler, errName);
    statements.push(j.tryStatement(j.blockStatement([protectedStatement]), j.catchClause(usesErr ? this.catchParam(errName!, handler) : null, null, j.blockStatement(handler))));
    return [...statements, ...plan.success];
  }
}

/** Why `after` cannot run between starting the promise and awaiting it; null when it can. */
function codeAfterObstacle(after: Node[], callbackName: string | null, isSite: (statement: Node) => boolean): string | null {
  let obstacle: string | null = null;
  for (const statement of after) {
    if (isSite(statement)) return 'starts another callback operation (see the Promise.all transform)';
    walk(statement, (node) => {
      if (obstacle || isFunction(node)) return false;
      if (/^(Return|Throw|Break|Continue)Statement$/.test(node.type)) obstacle = 'it can leave the function';
      else if (node.type === 'AwaitExpression' || node.type === 'YieldExpression') obstacle = 'it waits itself';
      else if (callbackName && isIdentifier(node, callbackName)) obstacle = `it uses ${callbackName}`;
      return !obstacle;
    });
    if (obstacle) return obstacle;
  }
  return null;
}

function readsMemberOf(nodes: Node[], name: string): boolean {
  return someNode(nodes, (node) => node.type === 'MemberExpression' && isIdentifier(node.object, name));
}

function resultPattern(j: JSCodeshift, source: PromiseSource, resultParams: Node[]): Node | null {
  if (resultParams.length === 0) return null;
  if (source.results.kind === 'object') {
    const keys = source.results.keys;
    return objectPattern(j, resultParams.map((param, i) => ({ key: keys[i], value: param.name })));
  }
  if (source.results.kind === 'array') return j.arrayPattern(resultParams.map((param) => j.identifier(param.name)));
  return bindingIdentifier(j, resultParams[0]);
}

/** A callback parameter as a variable: same name and type annotation, no `?` (`user?: User`). */
function bindingIdentifier(j: JSCodeshift, param: Node): Node {
  if (!param.optional) return param;
  const id = j.identifier(param.name);
  id.typeAnnotation = param.typeAnnotation;
  return id;
}

/** `({ a, b: c } = await x)` needs fresh nodes: the declaration already holds the originals. */
function clonePatternForAssignment(j: JSCodeshift, pattern: Node): Node {
  if (pattern.type === 'ArrayPattern') return j.arrayPattern(pattern.elements.map((e: Node) => j.identifier(e.name)));
  return objectPattern(j, pattern.properties.map((p: Node) => ({ key: p.key.name, value: p.value.name })));
}

export function isBareReturn(statement: Node | undefined): boolean {
  return statement?.type === 'ReturnStatement' && !statement.argument;
}

/** A `return <value>` in the callback's own body (not in nested functions). */
export function returnsValue(body: Node[]): boolean {
  return someNode(body, (node) => node.type === 'ReturnStatement' && !!node.argument, (node) => !isFunction(node));
}

/**
 * What `statement` declares, by the scope it lands in when moved: let/const/class at its top level
 * go to `blockScoped`; its `var`s (anywhere outside nested functions) and a function declaration
 * go to `functionScoped`.
 */
export function declaredNamesByScope(statement: Node, blockScoped: Set<string>, functionScoped: Set<string>): void {
  if (statement.type === 'VariableDeclaration' && statement.kind !== 'var') {
    for (const d of statement.declarations) for (const n of patternNames(d.id)) blockScoped.add(n);
  }
  if (statement.type === 'ClassDeclaration' && statement.id) blockScoped.add(statement.id.name);
  if (statement.type === 'FunctionDeclaration' && statement.id) functionScoped.add(statement.id.name);
  for (const n of varNames(statement)) functionScoped.add(n);
}

/**
 * Every variable name used in `nodes` outside the subtree `excluded`: type annotations, property
 * keys and member names do not count.
 */
export function valueNames(nodes: Node[], excluded: Node): Set<string> {
  const names = new Set<string>();
  for (const root of nodes) {
    walk(root, (node, parent) => {
      if (node === excluded || node.type === 'TSTypeAnnotation' || node.type === 'TSTypeParameterInstantiation') return false;
      if (node.type !== 'Identifier') return true;
      if (!isPropertyName(node, parent)) names.add(node.name);
      return true;
    });
  }
  return names;
}

export function copyComments(from: Node, to: Node): void {
  const comments = from.comments ?? from.leadingComments;
  if (comments?.length && to) to.comments = [...(to.comments ?? []), ...comments.filter((c: Node) => c.leading !== false)];
}

