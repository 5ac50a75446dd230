/**
 * Keeping a converted export callable with a callback, for callers that still pass one (outside
 * the migrated files, or in code that cannot await yet): the export is wrapped in a small helper,
 * added once per file, that returns the promise when no callback is given and otherwise calls the
 * callback with the result, exactly once, later.
 */
import type { JSCodeshift } from 'jscodeshift';
import type { Node } from '../lib/ast';
import type { ModuleImports } from '../lib/module-imports';
import type { Transaction } from '../lib/transaction';
import type { Candidate } from './candidates';

/** The helper's source; `typed` adds the annotations a TypeScript file needs. */
function helperSource(typed: boolean): string {
  const t = (annotation: string) => (typed ? annotation : '');
  return `/** Callable both ways while callers migrate: awaited, or with a trailing callback. */
function callbackApi(fn${t(': (...args: any[]) => Promise<any>')}, callbackIndex${t(': number')}, spreadResults${t('?: boolean')})${t(': any')} {
  return function (${t('this: unknown, ')}...args${t(': any[]')}) {
    const callback = typeof args[callbackIndex] === 'function' ? args[callbackIndex] : null;
    const promise = fn.apply(this, callback ? args.slice(0, callbackIndex) : args);
    if (!callback) return promise;
    promise
      .then((result) => (spreadResults ? callback(null, ...result) : callback(null, result)), (error) => callback(error))
      .catch((thrown) => process.nextTick(() => { throw thrown; }));
  };
}`;
}

/**
 * Wraps every CommonJS export of the converted `candidate`; false when it is exported by ES
 * syntax (`export function`), where no wrapper can go without renaming the function.
 */
export function wrapExports(
  j: JSCodeshift,
  tx: Transaction,
  imports: ModuleImports,
  candidate: Candidate,
  typescript: boolean,
  callbackIndex: number,
): boolean {
  if (candidate.classWrapper) return wrapClassMethod(j, tx, imports, candidate, typescript, callbackIndex);
  if (candidate.exportedByDeclaration) return false;
  const holders: Array<{ holder: Node; key: string; shorthand?: boolean }> = [];
  if (candidate.exportAssignment) holders.push({ holder: candidate.exportAssignment, key: 'right' });
  for (const reference of candidate.references) {
    if (reference.kind !== 'export') continue;
    if (!reference.holder) return false;
    holders.push({ holder: reference.holder, key: reference.key, shorthand: reference.holder.shorthand });
  }
  if (holders.length === 0) return false;
  for (const { holder, key, shorthand } of holders) {
    const exported = holder[key];
    if (shorthand) tx.set(holder, 'shorthand', false);
    tx.set(holder, key, wrapperCall(j, imports, candidate, typescript, callbackIndex, exported));
  }
  return true;
}

/** `callbackApi(fn, 1)`: the helper (added once per file) around `fn`. */
function wrapperCall(j: JSCodeshift, imports: ModuleImports, candidate: Candidate, typescript: boolean, callbackIndex: number, fn: Node): Node {
  const helper = imports.topLevelFunction('callbackApi', () => j(helperSource(typescript)).get().node.program.body[0]);
  const extra = candidate.resultCount !== null && candidate.resultCount > 1 ? [j.booleanLiteral(true)] : [];
  return j.callExpression(j.identifier(helper.name), [fn, j.numericLiteral(callbackIndex), ...extra]);
}

/** `Repo.prototype.find = callbackApi(Repo.prototype.find, 1);` right after the class. */
function wrapClassMethod(j: JSCodeshift, tx: Transaction, imports: ModuleImports, candidate: Candidate, typescript: boolean, callbackIndex: number): boolean {
  const { home } = candidate.classWrapper!;
  const owner = () => (home.isStatic ? j.identifier(home.className) : j.memberExpression(j.identifier(home.className), j.identifier('prototype')));
  const method = () => j.memberExpression(owner(), j.identifier(home.key));
  const statement = j.expressionStatement(j.assignmentExpression('=', method(), wrapperCall(j, imports, candidate, typescript, callbackIndex, method())));
  tx.splice(home.container, home.container.indexOf(home.statement) + 1, 0, statement);
  return true;
}
