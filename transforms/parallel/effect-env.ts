/** What the effect model needs to know about the whole file, read once per run. */
import { isFunction, isIdentifier, walk, type Node } from '../lib/ast';
import { readModuleBindings } from '../lib/module-bindings';
import type { TransformContext } from '../lib/plugin';
import { promisifiedTarget, type EffectEnv } from './effects';

export function readEffectEnv(ctx: TransformContext, program: Node): EffectEnv {
  const bindings = readModuleBindings(program);
  const helpers = new Map<string, Node>();
  const functions = new Map<string, Node>();
  const mutableNames = new Set<string>();
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
      if (/^(ObjectExpression|ArrayExpression|NewExpression)$/.test(node.init?.type ?? '')) mutableNames.add(node.id.name);
    }
  });
  // A name declared twice may be another function where it is called.
  for (const name of [...bindings.shadowed, ...bindings.reassigned]) if (functions.has(name)) functions.set(name, null);
  return { bindings, helpers, functions, mutableNames, pure: ctx.options.pure, sequential: ctx.options.sequential };
}
