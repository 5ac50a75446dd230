/**
 * One builder per library function: converts its tasks (inside the transaction; any skip rolls
 * them back) and then builds the native statements that do what the library did.
 *
 * Sequential functions (waterfall, series, eachSeries, mapSeries, whilst, until) inline their
 * tasks in order; concurrent ones (parallel, each, map, times) become `Promise.all` over async
 * functions; limits and retries call a small helper added once to the file.
 */
import type { JSCodeshift } from 'jscodeshift';
import { freshName, isIdentifier, mentionsVariable, isPrimitiveLiteral, someNode, type Node } from '../lib/ast';
import { renameBinding } from '../lib/rename';
import { hasOnlyTailReturn, paramReassigned } from '../promise-chains/handler';
import { aliasParam, awaited, declareParam, inlineBody, isOwnConst, renameTaskClashes, valueStatements, type InlinedBody } from './inline';
import { convertTask, markPromise, type Skip, type Task, type TaskEnv } from './tasks';

export interface Plan {
  statements: Node[];
  /** The library call's result, or null for none (`each`, `whilst`, …). */
  result: Node | null;
  /** `result` is exactly the declared target: the sink has nothing left to declare. */
  declared?: boolean;
  /** For the report. */
  summary: string;
  notes?: Array<{ code: string; message: string; node: Node }>;
}

export interface Tools {
  j: JSCodeshift;
  env: TaskEnv;
  /** The function the statements land in. */
  scope: Node;
  taken: Set<string>;
  /** The name of a helper function added once to the file. */
  helper(name: 'mapLimit' | 'retry'): Node;
  /** Whether the caller reads the result (returns or declares it). */
  resultUsed: boolean;
  /** `const v = await …`: a result that is always undefined would be declared. */
  declaresResult: boolean;
  /** A plain `const x = await …` target the builder may declare itself. */
  target: { name: string; kind: 'const' | 'let' | 'var' } | null;
  /** Through util.promisify: only the first of several results arrives. */
  firstResultOnly: boolean;
  /** The declaration's pattern when the result is destructured (`const [a, b] = await …`). */
  pattern: Node | null;
  declKind: 'const' | 'let' | 'var';
  /** A node's code in the file's style, and one level of its indentation. */
  print(node: Node): string;
  indent: string;
}

type Builder = (args: Node[], tools: Tools) => Plan | Skip;

export const BUILDERS: Record<string, Builder> = {
  waterfall: buildWaterfall,
  series: (args, tools) => buildSeries(args, tools),
  parallel: (args, tools) => buildParallel(args, tools),
  each: (args, tools) => buildEachConcurrent(args, tools, false),
  map: (args, tools) => buildEachConcurrent(args, tools, true),
  eachSeries: (args, tools) => buildEachSeries(args, tools, false),
  mapSeries: (args, tools) => buildEachSeries(args, tools, true),
  eachLimit: (args, tools) => buildLimit(args, tools, false),
  mapLimit: (args, tools) => buildLimit(args, tools, true),
  times: buildTimes,
  whilst: (args, tools) => buildWhilst(args, tools, false),
  until: (args, tools) => buildWhilst(args, tools, true),
  retry: buildRetry,
  auto: buildAuto,
};

function isSkip(value: unknown): value is Skip {
  return !!value && typeof value === 'object' && 'skip' in value;
}

/** The task list as written: an array literal of inline functions (or an object literal for series/parallel). */
function readTaskList(node: Node, objectsToo: boolean): { tasks: Node[]; keys: Node[] | null } | Skip {
  if (node?.type === 'ArrayExpression') {
    if (node.elements.some((e: Node) => !e || e.type === 'SpreadElement')) return dynamicTasks('the task array has holes or spreads');
    return { tasks: node.elements, keys: null };
  }
  if (objectsToo && node?.type === 'ObjectExpression') {
    const keys: Node[] = [];
    const tasks: Node[] = [];
    for (const property of node.properties) {
      if ((property.type !== 'ObjectProperty' && property.type !== 'Property') || property.computed || property.kind === 'get' || property.kind === 'set') {
        return dynamicTasks('the task object has computed keys, spreads or methods');
      }
      if (!isIdentifier(property.key) && property.key.type !== 'StringLiteral') return dynamicTasks('the task object has a key that is not a name or a string');
      keys.push(property.key);
      tasks.push(property.value);
    }
    return { tasks, keys };
  }
  return dynamicTasks(`the tasks are not an ${objectsToo ? 'array or object' : 'array'} literal, so their number and order cannot be seen`);
}

function dynamicTasks(message: string): Skip {
  return { skip: 'dynamic-tasks', message };
}

function convertAll(tools: Tools, fns: Node[], params: (index: number) => number, role: (index: number) => string): Task[] | Skip {
  const tasks: Task[] = [];
  for (const [index, fn] of fns.entries()) {
    const task = convertTask(tools.j, tools.env, fn, params(index), role(index));
    if (isSkip(task)) return task;
    tasks.push(task);
  }
  return tasks;
}

function ordinal(index: number): string {
  return `step ${index + 1}`;
}

/**
 * The first of these tasks (by index) whose value is read but which passes its callback on to a
 * call with several results: the library collects them into an array, the call's promise form
 * resolves something else, so the site stays.
 */
function severalPassedOn(tasks: Task[], read: (index: number) => boolean, role: (index: number) => string): Skip | null {
  const index = tasks.findIndex((task, i) => task.passesOnSeveral && read(i));
  if (index < 0) return null;
  return {
    skip: 'multiple-results',
    message: `${role(index)} passes its callback on to a call that calls back with ${tasks[index].resultCount} results, which the library collects into an array; the call's promise form does not resolve that array`,
  };
}

/** waterfall: each step's values are the next step's parameters, in sequence. */
function buildWaterfall(args: Node[], tools: Tools): Plan | Skip {
  const { j } = tools;
  const list = readTaskList(args[0], false);
  if (isSkip(list)) return list;
  if (list.tasks.length === 0) return { skip: 'dynamic-tasks', message: 'an empty task list' };
  const tasks = convertAll(tools, list.tasks, (i) => (i === 0 ? 0 : Math.max(0, (list.tasks[i]?.params?.length ?? 1) - 1)), ordinal);
  if (isSkip(tasks)) return tasks;
  const lost = severalPassedOn(tasks, (i) => i < tasks.length - 1 || tools.resultUsed, ordinal);
  if (lost) return lost;
  for (let i = 1; i < tasks.length; i += 1) {
    const passed = tasks[i - 1].resultCount ?? 1;
    const taken = tasks[i].fn.params.length;
    if (passed !== taken) {
      return { skip: 'waterfall-arity', message: `step ${i} passes ${passed} value${passed === 1 ? '' : 's'} on, but step ${i + 1} takes ${taken}` };
    }
  }
  const last = tasks[tasks.length - 1];
  if (tools.resultUsed && tools.firstResultOnly && (last.resultCount ?? 1) > 1) {
    return { skip: 'multiple-results', message: 'the last step passes several values, of which util.promisify keeps only the first' };
  }

  // Checked: edit from here on.
  renameTaskClashes(j, tools.scope, tasks.map((t) => t.fn), tools.taken);
  const statements: Node[] = [];
  let handed: Node | null = null;
  for (const [index, task] of tasks.entries()) {
    const params = [...task.fn.params];
    const body = bodyOf(j, task.fn);
    if (index > 0) {
      const sources: Array<Node | null> = params.length > 1 && handed?.type === 'ArrayExpression' ? handed.elements : [handed];
      if (params.length === 0) statements.push(...valueStatements(j, handed));
      else if (params.length > 1 && handed?.type !== 'ArrayExpression') {
        statements.push(j.variableDeclaration(paramReassigned(task.fn) ? 'let' : 'const', [j.variableDeclarator(j.arrayPattern(params), awaited(j, handed!))]));
      } else {
        const declarators: Node[] = [];
        for (const [k, param] of params.entries()) {
          if (aliasParam(j, tools.scope, task.fn, param, sources[k]!)) continue;
          declarators.push(...declareParam(j, task.fn, param, sources[k]).declarations);
        }
        if (declarators.length) statements.push(j.variableDeclaration(paramReassigned(task.fn) ? 'let' : 'const', declarators));
      }
    }
    statements.push(...body.statements);
    handed = body.value;
  }
  return { statements, result: handed, summary: `async.waterfall of ${tasks.length} steps into sequential awaits` };
}

/** series and parallel tasks: an array or object literal of functions that take only their callback. */
function convertTaskList(args: Node[], tools: Tools): { keys: Node[] | null; tasks: Task[] } | Skip {
  const list = readTaskList(args[0], true);
  if (isSkip(list)) return list;
  const role = (i: number) => `task ${list.keys ? keyText(list.keys[i]) : i + 1}`;
  const tasks = convertAll(tools, list.tasks, () => 0, role);
  if (isSkip(tasks)) return tasks;
  const lost = severalPassedOn(tasks, () => tools.resultUsed, role);
  return lost ?? { keys: list.keys, tasks };
}

/** series: tasks in order, their results collected in an array or an object. */
function buildSeries(args: Node[], tools: Tools): Plan | Skip {
  const { j } = tools;
  const list = convertTaskList(args, tools);
  if (isSkip(list)) return list;
  const { tasks } = list;

  renameTaskClashes(j, tools.scope, tasks.map((t) => t.fn), tools.taken);
  // `const [a, b] = await async.series(…)`: each result goes straight into its own name.
  const direct = tools.resultUsed ? patternTargets(tools.pattern, list.keys, tasks.length) : null;
  const statements: Node[] = [];
  const values: Node[] = [];
  for (const [index, task] of tasks.entries()) {
    const body = bodyOf(j, task.fn);
    statements.push(...body.statements);
    if (!tools.resultUsed || (direct && !direct.has(index))) {
      statements.push(...valueStatements(j, body.value));
      continue;
    }
    const value = body.value ? awaited(j, body.value) : j.identifier('undefined');
    if (direct) {
      statements.push(j.variableDeclaration(tools.declKind, [j.variableDeclarator(j.identifier(direct.get(index)!), value)]));
    } else if (isPrimitiveLiteral(value) || isOwnConst(body.statements, value)) {
      values.push(value);
    } else {
      const preferred = list.keys && isIdentifier(list.keys[index]) ? list.keys[index].name : 'result';
      const name = freshName(preferred, tools.taken);
      statements.push(j.variableDeclaration('const', [j.variableDeclarator(j.identifier(name), value)]));
      values.push(j.identifier(name));
    }
  }
  const summary = `async.series of ${tasks.length} tasks into sequential awaits`;
  if (direct) return { statements, result: null, declared: true, summary };
  const result = !tools.resultUsed ? null : list.keys ? objectOf(j, list.keys, values) : j.arrayExpression(values);
  return { statements, result, summary };
}

/** The names a destructuring target gives each task's result (by index), or null when it is not that simple. */
function patternTargets(pattern: Node | null, keys: Node[] | null, count: number): Map<number, string> | null {
  const targets = new Map<number, string>();
  if (!keys && pattern?.type === 'ArrayPattern' && pattern.elements.length <= count) {
    for (const [index, element] of pattern.elements.entries()) {
      if (element === null) continue;
      if (!isIdentifier(element)) return null;
      targets.set(index, element.name);
    }
    return targets;
  }
  if (keys && pattern?.type === 'ObjectPattern') {
    for (const property of pattern.properties) {
      if ((property.type !== 'ObjectProperty' && property.type !== 'Property') || property.computed || !isIdentifier(property.value)) return null;
      const name = isIdentifier(property.key) ? property.key.name : property.key.value;
      const index = keys.findIndex((key) => keyText(key) === JSON.stringify(name) || (isIdentifier(key) && key.name === name));
      if (index < 0) return null;
      targets.set(index, property.value.name);
    }
    return targets;
  }
  return null;
}

function keyText(key: Node): string {
  return isIdentifier(key) ? key.name : JSON.stringify(key.value);
}

function objectOf(j: JSCodeshift, keys: Node[], values: Node[]): Node {
  return j.objectExpression(
    keys.map((key, i) => {
      const property = j.objectProperty(key, values[i]);
      if (isIdentifier(key) && isIdentifier(values[i], key.name)) property.shorthand = true;
      return property;
    }),
  );
}

/** A converted task as an expression that starts it: `(async () => {…})()`, or its one promise. */
function started(j: JSCodeshift, task: Task): Node {
  const body = task.fn.body.body;
  if (body.length === 1 && body[0].type === 'ReturnStatement' && body[0].argument) return body[0].argument;
  return j.callExpression(asArrow(j, task.fn), []);
}

/**
 * A task's body where it runs: inlined when its only `return` is its last statement (and, in a
 * loop, it declares no `var` every iteration would share); otherwise called in place as an async
 * arrow, where an early `return` still only ends the task.
 */
function bodyOf(j: JSCodeshift, fn: Node, inLoop = false): InlinedBody {
  if (hasOnlyTailReturn(fn) && !(inLoop && declaresVar(fn))) return inlineBody(fn);
  return { statements: [], value: markPromise(startedBlock(j, fn.body.body)) };
}

/** `(async () => { … })()`: statements started as a task of their own. */
function startedBlock(j: JSCodeshift, statements: Node[]): Node {
  const arrow = j.arrowFunctionExpression([], j.blockStatement(statements));
  arrow.async = true;
  return j.callExpression(arrow, []);
}

/** A task without `this`/`arguments` (checked) as an async arrow; `{ return e; }` as `e`. */
function asArrow(j: JSCodeshift, fn: Node): Node {
  const statements = fn.body.body;
  const only = statements.length === 1 && statements[0].type === 'ReturnStatement' && statements[0].argument && !statements[0].comments?.length ? statements[0].argument : null;
  if (fn.type === 'ArrowFunctionExpression') {
    if (only) fn.body = only;
    return fn;
  }
  const arrow = j.arrowFunctionExpression(fn.params, only ?? fn.body);
  arrow.async = true;
  return arrow;
}

function promiseAll(j: JSCodeshift, elements: Node): Node {
  return markPromise(j.callExpression(j.memberExpression(j.identifier('Promise'), j.identifier('all')), [elements]));
}

/**
 * `Promise.all([…])` over several tasks, one per line: recast would run a multi-line task on
 * from the end of the previous one, so the array is written out and parsed as a snippet.
 */
function promiseAllOf(tools: Tools, elements: Node[]): Node {
  const { j } = tools;
  const printed = elements.map((e) => tools.print(e));
  if (printed.every((text) => !text.includes('\n')) && printed.join(', ').length <= 60) return promiseAll(j, j.arrayExpression(elements));
  const indent = tools.indent;
  const lines = printed.map((text) => indent + text.split('\n').join('\n' + indent) + ',');
  return markPromise(j(`_ = Promise.all([\n${lines.join('\n')}\n]);`).get().node.program.body[0].expression.right);
}

/** parallel: every task at once; an array of results, or an object filled as tasks finish (the library's key order). */
function buildParallel(args: Node[], tools: Tools): Plan | Skip {
  const { j } = tools;
  const list = convertTaskList(args, tools);
  if (isSkip(list)) return list;
  const { tasks } = list;
  // An object's tasks are pulled one by one; an array's are all started in one loop.
  if (list.keys) {
    const failing = failsAtOnce(tasks, 'async.parallel over an object');
    if (failing) return failing;
  }
  const summary = `async.parallel of ${tasks.length} tasks into Promise.all`;
  if (!list.keys || !tools.resultUsed) {
    return promisePlan(j, promiseAllOf(tools, tasks.map((t) => started(j, t))), tools.resultUsed, summary);
  }
  const name = tools.target?.name ?? freshName('results', tools.taken);
  const statements: Node[] = [j.variableDeclaration(tools.target?.kind ?? 'const', [j.variableDeclarator(j.identifier(name), j.objectExpression([]))])];
  const starts = tasks.map((task, i) => {
    const body = bodyOf(j, task.fn);
    return startedBlock(j, [...body.statements, assignResult(j, name, list.keys![i], body.value)]);
  });
  statements.push(j.expressionStatement(j.awaitExpression(promiseAllOf(tools, starts))));
  return { statements, result: j.identifier(name), declared: !!tools.target, summary };
}

const ARRAY_RETURNING_METHODS = new Set(['map', 'filter', 'slice', 'concat', 'split', 'flat', 'flatMap', 'sort', 'reverse']);

/** An expression that is an array for sure: a literal, `Object.keys(…)`, `xs.map(…)`, `Array.from(…)`. */
function isSurelyArray(node: Node): boolean {
  if (node.type === 'ArrayExpression') return true;
  if (node.type === 'NewExpression' && isIdentifier(node.callee, 'Array')) return true;
  if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && !node.callee.computed && isIdentifier(node.callee.property)) {
    const method = node.callee.property.name;
    if (['keys', 'values', 'entries'].includes(method)) return isIdentifier(node.callee.object, 'Object');
    if (['from', 'of'].includes(method)) return isIdentifier(node.callee.object, 'Array');
    return ARRAY_RETURNING_METHODS.has(method);
  }
  return false;
}

function collectionNotes(collection: Node, method: string): Plan['notes'] {
  if (isSurelyArray(collection)) return [];
  return [{
    code: 'collection-assumed-array',
    message: `async.${method} also walks objects, Maps and other iterables; the rewrite uses array methods, so the collection must be an array`,
    node: collection,
  }];
}

function collectionProblem(collection: Node | undefined): Skip | null {
  if (!collection || collection.type === 'SpreadElement') return { skip: 'dynamic-tasks', message: 'the collection is missing or spread' };
  return null;
}

/** The checks every collection function shares, then its iteratee converted (one value and the callback). */
function convertIteratee(args: Node[], tools: Tools, method: string, keepResults: boolean): Task | Skip {
  const [collection, iteratee] = args;
  const problem = collectionProblem(collection);
  if (problem) return problem;
  if (!keepResults && tools.declaresResult) return { skip: 'result-used', message: `the result of async.${method}, always undefined, is used` };
  const task = convertTask(tools.j, tools.env, iteratee, 1, 'the iteratee');
  if (isSkip(task)) return task;
  if (keepResults && (task.resultCount ?? 1) > 1) return { skip: 'multiple-results', message: `the iteratee passes several values, of which async.${method} keeps only the first` };
  return task;
}

/** A promise the rewrite built: the result, or (when the library's result is nothing) an awaited statement. */
function promisePlan(j: JSCodeshift, promise: Node, keepResult: boolean, summary: string, notes: Plan['notes'] = []): Plan {
  if (keepResult) return { statements: [], result: promise, summary, notes };
  return { statements: [j.expressionStatement(j.awaitExpression(promise))], result: null, summary, notes };
}

/** `results.key = value` (awaited when it is a promise), for results filled as tasks finish. */
function assignResult(j: JSCodeshift, name: string, key: Node, value: Node | null): Node {
  const slot = isIdentifier(key) ? j.memberExpression(j.identifier(name), j.identifier(key.name)) : j.memberExpression(j.identifier(name), key, true);
  return j.expressionStatement(j.assignmentExpression('=', slot, value ? awaited(j, value) : j.identifier('undefined')));
}

/** each / map: every item at once. */
function buildEachConcurrent(args: Node[], tools: Tools, keepResults: boolean): Plan | Skip {
  const { j } = tools;
  const method = keepResults ? 'map' : 'each';
  const task = convertIteratee(args, tools, method, keepResults);
  if (isSkip(task)) return task;
  const all = promiseAll(j, j.callExpression(j.memberExpression(args[0], j.identifier('map')), [asArrow(j, task.fn)]));
  return promisePlan(j, all, keepResults, `async.${method} into Promise.all over the items`, collectionNotes(args[0], method));
}

/** eachSeries / mapSeries: one item after the other, in a `for…of` loop. */
function buildEachSeries(args: Node[], tools: Tools, keepResults: boolean): Plan | Skip {
  const { j } = tools;
  const method = keepResults ? 'mapSeries' : 'eachSeries';
  const collection = args[0];
  const task = convertIteratee(args, tools, method, keepResults);
  if (isSkip(task)) return task;

  // `for (const item of item.children)` would read the loop's own `item` before it is set.
  if (mentionsVariable(collection, task.fn.params[0].name)) {
    renameBinding(j, task.fn, task.fn.params[0].name, freshName(task.fn.params[0].name, tools.taken), (target, key, value) => {
      target[key] = value;
    });
  }
  const [param] = task.fn.params;
  const body = bodyOf(j, task.fn, true);
  const statements: Node[] = [];
  const loopBody = [...body.statements];
  let result: Node | null = null;
  let declared = false;
  if (keepResults && tools.resultUsed) {
    const name = tools.target?.name ?? freshName('results', tools.taken);
    declared = !!tools.target;
    statements.push(j.variableDeclaration(tools.target?.kind ?? 'const', [j.variableDeclarator(j.identifier(name), j.arrayExpression([]))]));
    loopBody.push(j.expressionStatement(j.callExpression(j.memberExpression(j.identifier(name), j.identifier('push')), [body.value ? awaited(j, body.value) : j.identifier('undefined')])));
    result = j.identifier(name);
  } else {
    loopBody.push(...valueStatements(j, body.value));
  }
  // A for…of variable takes no type annotation.
  const loopVar = j.variableDeclaration(paramReassigned(task.fn) ? 'let' : 'const', [j.variableDeclarator(j.identifier(param.name), null)]);
  statements.push(j.forOfStatement(loopVar, collection, j.blockStatement(loopBody)));
  return { statements, result, declared, summary: `async.${method} into a for…of loop`, notes: collectionNotes(collection, method) };
}


function declaresVar(fn: Node): boolean {
  return someNode(fn.body, (n) => n.type === 'VariableDeclaration' && n.kind === 'var', (n) => n === fn.body || !/Function/.test(n.type));
}

/** eachLimit / mapLimit: the helper keeps at most `limit` items in flight. */
function buildLimit(args: Node[], tools: Tools, keepResults: boolean): Plan | Skip {
  const { j } = tools;
  const method = keepResults ? 'mapLimit' : 'eachLimit';
  const [collection, limit, iteratee] = args;
  if (!isPositiveInteger(limit)) return { skip: 'limit-not-literal', message: `the limit of async.${method} is not a whole number written in the code, so the helper cannot be shown to keep it` };
  const task = convertIteratee([collection, iteratee], tools, method, keepResults);
  if (isSkip(task)) return task;
  const failing = failsAtOnce([task], `async.${method}`);
  if (failing) return failing;
  const call = markPromise(j.callExpression(tools.helper('mapLimit'), [collection, limit, asArrow(j, task.fn)]));
  return promisePlan(j, call, keepResults, `async.${method} into the mapLimit helper (at most ${limit.value} at a time)`, collectionNotes(collection, method));
}

function failsAtOnce(tasks: Task[], form: string): Skip | null {
  if (!tasks.some((task) => task.failsAtOnce)) return null;
  return {
    skip: 'task-fails-at-once',
    message: `a task may call back with an error before it returns: ${form} then starts no further task, where the rewrite has already started them all`,
  };
}

function isPositiveInteger(node: Node): boolean {
  return (node?.type === 'NumericLiteral' || (node?.type === 'Literal' && typeof node.value === 'number')) && Number.isInteger(node.value) && node.value >= 1;
}

/** times: the iteratee for 0…n-1, all at once, results in index order. */
function buildTimes(args: Node[], tools: Tools): Plan | Skip {
  const { j } = tools;
  const [count, iteratee] = args;
  if (!count || count.type === 'SpreadElement') return { skip: 'dynamic-tasks', message: 'the count is missing or spread' };
  const task = convertTask(j, tools.env, iteratee, 1, 'the iteratee');
  if (isSkip(task)) return task;
  if ((task.resultCount ?? 1) > 1 && tools.resultUsed) return { skip: 'multiple-results', message: 'the iteratee passes several values, of which async.times keeps only the first' };
  const failing = failsAtOnce([task], 'async.times');
  if (failing) return failing;
  const arrow = asArrow(j, task.fn);
  arrow.params = [j.identifier(freshName('_', tools.taken)), ...arrow.params];
  // A snippet, so the object stays on one line.
  const range = j('_ = { length: 0 };').get().node.program.body[0].expression.right;
  range.properties[0].value = count;
  const all = promiseAll(j, j.callExpression(j.memberExpression(j.identifier('Array'), j.identifier('from')), [range, arrow]));
  return promisePlan(j, all, tools.resultUsed, 'async.times into Promise.all over Array.from');
}

/** whilst / until: a `while` loop; the test must be a plain condition handed to its callback. */
function buildWhilst(args: Node[], tools: Tools, negate: boolean): Plan | Skip {
  const { j } = tools;
  const method = negate ? 'until' : 'whilst';
  const [testFn, iteratee] = args;
  const test = convertTask(j, tools.env, testFn, 0, 'the test');
  if (isSkip(test)) return test;
  const testBody = test.fn.body.body;
  const condition = testBody.length === 1 && testBody[0].type === 'ReturnStatement' ? testBody[0].argument : null;
  if (!condition || someNode(condition, (n) => n.type === 'AwaitExpression' || /Function/.test(n.type))) {
    return { skip: 'test-not-a-condition', message: `the test of async.${method} does more than call back with a condition` };
  }
  const task = convertTask(j, tools.env, iteratee, 0, 'the iteratee');
  if (isSkip(task)) return task;
  if (tools.resultUsed && (task.resultCount ?? 1) > 0) return { skip: 'result-used', message: `the result of async.${method} (the last iteration's values) is used` };
  const body = bodyOf(j, task.fn, true);
  const loopCondition = negate ? j.unaryExpression('!', condition) : condition;
  const loop = j.whileStatement(loopCondition, j.blockStatement([...body.statements, ...valueStatements(j, body.value)]));
  return { statements: [loop], result: tools.resultUsed ? j.identifier('undefined') : null, summary: `async.${method} into a while loop` };
}

/** retry: the helper calls the task again after a failure, `times` attempts in all. */
function buildRetry(args: Node[], tools: Tools): Plan | Skip {
  const { j } = tools;
  const [options, taskFn] = args.length === 1 ? [null, args[0]] : args;
  const settings = readRetryOptions(options);
  if (isSkip(settings)) return settings;
  const task = convertTask(j, tools.env, taskFn, 0, 'the task');
  if (isSkip(task)) return task;
  const lost = severalPassedOn([task], () => tools.resultUsed, () => 'the task');
  if (lost) return lost;
  if (tools.resultUsed && tools.firstResultOnly && (task.resultCount ?? 1) > 1) {
    return { skip: 'multiple-results', message: 'the task passes several values, of which util.promisify keeps only the first' };
  }
  const call = markPromise(j.callExpression(tools.helper('retry'), [j.numericLiteral(settings.times), j.numericLiteral(settings.interval), asArrow(j, task.fn)]));
  return promisePlan(j, call, tools.resultUsed, `async.retry into the retry helper (${settings.times} attempts)`);
}

/** `3`, `{ times: 3, interval: 100 }` or nothing, read the way the library reads them. */
function readRetryOptions(node: Node | null): { times: number; interval: number } | Skip {
  const DEFAULT = { times: 5, interval: 0 };
  if (!node) return DEFAULT;
  const literal = (n: Node) => (n?.type === 'NumericLiteral' || (n?.type === 'Literal' && typeof n.value === 'number') ? n.value : null);
  if (literal(node) !== null) return { times: +literal(node) || DEFAULT.times, interval: DEFAULT.interval };
  if (node.type === 'ObjectExpression') {
    const settings = { ...DEFAULT };
    for (const property of node.properties) {
      const key = property.key && !property.computed ? (isIdentifier(property.key) ? property.key.name : property.key.value) : null;
      const value = property.type === 'ObjectProperty' || property.type === 'Property' ? literal(property.value) : null;
      if ((key !== 'times' && key !== 'interval') || value === null) {
        return { skip: 'retry-options', message: 'the retry options are not `times` and `interval` given as numbers (an errorFilter or an interval function stays)' };
      }
      settings[key as 'times' | 'interval'] = +value || DEFAULT[key as 'times' | 'interval'];
    }
    return settings;
  }
  return { skip: 'retry-options', message: 'the retry options are not a number or an object literal' };
}

interface AutoTask {
  key: Node;
  name: string;
  deps: string[];
  fn: Node;
}

/**
 * auto: the library starts each task as soon as its dependencies finish. Where every task waits
 * for all the tasks of the level before it, that schedule is a sequence of levels, each level
 * one `Promise.all` (or one inlined task); any other graph stays.
 */
function buildAuto(args: Node[], tools: Tools): Plan | Skip {
  const { j } = tools;
  const [tasksNode, concurrency] = args;
  if (concurrency) return { skip: 'auto-graph', message: 'async.auto is given a concurrency limit' };
  const graph = readAutoGraph(tasksNode);
  if (isSkip(graph)) return graph;
  const levels = autoLevels(graph);
  if (isSkip(levels)) return levels;
  const converted = convertAll(tools, graph.map((t) => t.fn), (i) => (graph[i].deps.length ? 1 : 0), (i) => `task ${graph[i].name}`);
  if (isSkip(converted)) return converted;
  // A result lands in the results object, which later tasks and the caller may read.
  const lost = severalPassedOn(converted, () => true, (i) => `task ${graph[i].name}`);
  if (lost) return lost;

  const name = tools.target?.name ?? freshName('results', tools.taken);
  const statements: Node[] = [j.variableDeclaration(tools.target?.kind ?? 'const', [j.variableDeclarator(j.identifier(name), j.objectExpression([]))])];
  const single = levels.filter((level) => level.length === 1).map((level) => converted[graph.indexOf(level[0])].fn);
  renameTaskClashes(j, tools.scope, single, tools.taken);
  for (const level of levels) {
    const bodies = level.map((task) => {
      const fn = converted[graph.indexOf(task)].fn;
      const prelude = fn.params.length ? bindResults(j, fn, name) : [];
      const body = bodyOf(j, fn);
      return [...prelude, ...body.statements, assignResult(j, name, task.key, body.value)];
    });
    if (bodies.length === 1) {
      statements.push(...bodies[0]);
      continue;
    }
    statements.push(j.expressionStatement(j.awaitExpression(promiseAllOf(tools, bodies.map((body) => startedBlock(j, body))))));
  }
  return { statements, result: j.identifier(name), declared: !!tools.target, summary: `async.auto of ${graph.length} tasks in ${levels.length} level${levels.length === 1 ? '' : 's'} into awaits` };
}

/** The task's `results` parameter reads the shared results object: renamed to it, or declared from it. */
function bindResults(j: JSCodeshift, fn: Node, name: string): Node[] {
  const [param] = fn.params;
  if (param.name !== name && someNode(fn.body, (n) => isIdentifier(n, name))) {
    fn.params = [];
    return [j.variableDeclaration('const', [j.variableDeclarator(param, j.identifier(name))])];
  }
  renameBinding(j, fn, param.name, name, (target, key, value) => {
    target[key] = value;
  });
  fn.params = [];
  return [];
}

function readAutoGraph(node: Node): AutoTask[] | Skip {
  if (node?.type !== 'ObjectExpression') return dynamicTasks('the tasks are not an object literal, so the graph cannot be seen');
  const tasks: AutoTask[] = [];
  for (const property of node.properties) {
    if ((property.type !== 'ObjectProperty' && property.type !== 'Property') || property.computed) return dynamicTasks('the task object has computed keys, spreads or methods');
    const key = property.key;
    const name = isIdentifier(key) ? key.name : typeof key.value === 'string' ? key.value : null;
    if (name === null) return dynamicTasks('a task key is not a name or a string');
    const value = property.value;
    if (value.type === 'ArrayExpression') {
      const deps = value.elements.slice(0, -1);
      if (!deps.every((d: Node) => d?.type === 'StringLiteral' || (d?.type === 'Literal' && typeof d.value === 'string'))) {
        return { skip: 'auto-graph', message: `the dependencies of task ${name} are not string literals, so the graph is not static` };
      }
      tasks.push({ key, name, deps: deps.map((d: Node) => d.value), fn: value.elements[value.elements.length - 1] });
    } else {
      tasks.push({ key, name, deps: [], fn: value });
    }
  }
  const names = new Set(tasks.map((t) => t.name));
  const missing = tasks.find((t) => t.deps.some((d) => !names.has(d)));
  if (missing) return { skip: 'auto-graph', message: `task ${missing.name} depends on a task that does not exist (the library throws)` };
  return tasks;
}

/** Tasks grouped by depth; a skip when some task would start later than the library starts it. */
function autoLevels(graph: AutoTask[]): AutoTask[][] | Skip {
  const depth = new Map<string, number>();
  const byName = new Map(graph.map((t) => [t.name, t]));
  const visiting = new Set<string>();
  const depthOf = (task: AutoTask): number | null => {
    if (depth.has(task.name)) return depth.get(task.name)!;
    if (visiting.has(task.name)) return null;
    visiting.add(task.name);
    let d = 0;
    for (const dep of task.deps) {
      const inner = depthOf(byName.get(dep)!);
      if (inner === null) return null;
      d = Math.max(d, inner + 1);
    }
    visiting.delete(task.name);
    depth.set(task.name, d);
    return d;
  };
  const levels: AutoTask[][] = [];
  for (const task of graph) {
    const d = depthOf(task);
    if (d === null) return { skip: 'auto-graph', message: 'the dependencies form a cycle (the library throws)' };
    (levels[d] ??= []).push(task);
  }
  for (let k = 1; k < levels.length; k += 1) {
    for (const task of levels[k]) {
      const unwaited = levels[k - 1].find((before) => !task.deps.includes(before.name));
      if (unwaited) {
        return { skip: 'auto-graph', message: `task ${task.name} does not wait for ${unwaited.name}; the library starts it as soon as its own dependencies finish, which no sequence of awaits keeps` };
      }
    }
  }
  // The library starts the tasks of one level in the order they are written.
  return levels.map((level) => [...level].sort((a, b) => graph.indexOf(a) - graph.indexOf(b)));
}
