/** What the effect model needs to know about the whole file, read once per run. */
import { isFunction, isIdentifier, isPrimitiveLiteral, patternNames, walk, type Node } from '../lib/ast';
import { readModuleBindings } from '../lib/module-bindings';
import { calleePath } from '../callbacks/promise-apis';
import type { TransformContext } from '../lib/plugin';
import { promisifiedTarget, type EffectEnv } from './effects';

export function readEffectEnv(ctx: TransformContext, program: Node): EffectEnv {
  const bindings = readModuleBindings(program);
  const helpers = new Map<string, Node>();
  const functions = new Map<string, Node>();
  const mutableNames = new Set<string>();
  const arrayNames = new Set<string>();
  // name -> every declaration of it gives a primitive
  const primitive = new Map<string, boolean>();
  const declare = (name: string, isPrimitive: boolean) => primitive.set(name, (primitive.get(name) ?? true) && isPrimitive);
  for (const statement of program.body) {
    if (statement.type !== 'VariableDeclaration' || statement.kind !== 'const') continue;
    for (const declarator of statement.declarations) {
      const target = promisifiedTarget(declarator.init, bindings);
      if (target && isIdentifier(declarator.id)) helpers.set(declarator.id.name, target);
    }
  }
  walk(program, (node) => {
    if (node.type === 'FunctionDeclaration' && node.id) functions.set(node.id.name, node);
    if (node.type === 'VariableDeclarator' && isIdentifier(node.id)) {
      if (isFunction(node.init)) functions.set(node.id.name, node.init);
      if (/^(ObjectExpression|ArrayExpression|NewExpression)$/.test(node.init?.type ?? '') || isBufferValue(node.init)) mutableNames.add(node.id.name);
      if (isArrayValue(node.init) || isArrayType(node.id.typeAnnotation)) arrayNames.add(node.id.name);
    }
    if (isFunction(node)) for (const param of node.params) if (isIdentifier(param) && isArrayType(param.typeAnnotation)) arrayNames.add(param.name);
    if (node.type === 'VariableDeclarator') {
      const names = patternNames(node.id);
      const isPrimitive = isIdentifier(node.id) && (isPrimitiveType(node.id.typeAnnotation) || isPrimitiveValue(node.init));
      for (const name of names) declare(name, isPrimitive);
    }
    if (isFunction(node)) {
      if (node.id) declare(node.id.name, false);
      for (const param of node.params) for (const name of patternNames(param)) declare(name, isIdentifier(param) && isPrimitiveType(param.typeAnnotation));
    }
    if (node.type === 'CatchClause' && node.param) for (const name of patternNames(node.param)) declare(name, false);
    if (node.type === 'ClassDeclaration' && node.id) declare(node.id.name, false);
  });
  const primitiveNames = new Set([...primitive].filter(([name, isPrimitive]) => isPrimitive && !bindings.reassigned.has(name) && !bindings.shadowed.has(name)).map(([name]) => name));
  // A name declared twice may be another function where it is called.
  readExportedFunctions(program, functions);
  for (const name of [...bindings.shadowed, ...bindings.reassigned]) {
    if (functions.has(name)) functions.set(name, null);
    arrayNames.delete(name);
  }
  return { bindings, helpers, functions, judged: new Map(), mutableNames, primitiveNames, arrayNames, pure: ctx.options.pure, sequential: ctx.options.sequential };
}

/** `Buffer.alloc(n)`, `Buffer.from(…)`: a buffer a call may fill in. */
function isBufferValue(node: Node): boolean {
  return node?.type === 'CallExpression' && node.callee.type === 'MemberExpression' && isIdentifier(node.callee.object, 'Buffer') && isIdentifier(node.callee.property) && /^(alloc|allocUnsafe|allocUnsafeSlow|from|concat)$/.test(node.callee.property.name);
}

/** A literal, or a template of literals: a primitive whatever runs. */
function isPrimitiveValue(node: Node): boolean {
  return isPrimitiveLiteral(node) || (node?.type === 'TemplateLiteral' && node.expressions.length === 0);
}

/** `: string`, `: number`, `: boolean`, `: bigint`. */
function isPrimitiveType(annotation: Node): boolean {
  return /^TS(String|Number|Boolean|BigInt)Keyword$/.test(annotation?.typeAnnotation?.type ?? '');
}

const ARRAY_METHODS = /^(map|filter|slice|concat|split|flat|flatMap)$/;

/** `[…]`, `xs.map(…)`, `Object.keys(…)`, `Array.from(…)`: an array whatever the input. */
export function isArrayValue(node: Node): boolean {
  if (node?.type === 'ArrayExpression') return true;
  if (node?.type !== 'CallExpression' || node.callee.type !== 'MemberExpression' || !isIdentifier(node.callee.property)) return false;
  const { object, property } = node.callee;
  if (isIdentifier(object, 'Object')) return /^(keys|values|entries)$/.test(property.name);
  if (isIdentifier(object, 'Array')) return /^(from|of)$/.test(property.name);
  return property.name === 'split' || (ARRAY_METHODS.test(property.name) && isArrayValue(object));
}

function isArrayType(annotation: Node): boolean {
  const type = annotation?.typeAnnotation;
  return type?.type === 'TSArrayType' || (type?.type === 'TSTypeReference' && isIdentifier(type.typeName, 'Array'));
}

/**
 * `exports.load = function…`, `module.exports.load = …`, `module.exports = { load }`: a call of
 * `exports.load(…)` in the file runs that function, so it is judged by its body, not its name.
 */
function readExportedFunctions(program: Node, functions: Map<string, Node | null>): void {
  const register = (key: string, value: Node) => {
    const fn = isFunction(value) ? value : isIdentifier(value) ? functions.get(value.name) : undefined;
    if (fn === undefined) return;
    for (const path of [`exports.${key}`, `module.exports.${key}`]) functions.set(path, functions.has(path) ? null : fn);
  };
  for (const statement of program.body) {
    const e = statement.type === 'ExpressionStatement' ? statement.expression : null;
    if (e?.type !== 'AssignmentExpression' || e.operator !== '=') continue;
    const target = calleePath(e.left);
    const member = target?.match(/^(?:module\.)?exports\.([\w$]+)$/);
    if (member) register(member[1], e.right);
    if (target === 'module.exports' && e.right.type === 'ObjectExpression') {
      for (const property of e.right.properties) {
        if ((property.type === 'ObjectProperty' || property.type === 'Property') && !property.computed && isIdentifier(property.key)) register(property.key.name, property.value);
        if (property.type === 'ObjectMethod' && !property.computed && isIdentifier(property.key)) register(property.key.name, property);
      }
    }
  }
}
