/** Finds the library calls in a file and where each one's value goes. */
import { forEachChild, isFunction, type Node } from '../lib/ast';
import type { ModuleBindings } from '../lib/module-bindings';
import { readLibraryCall, readPromisifiedHelpers, type LibraryCall } from './library';

export type Sink =
  | { kind: 'return' }
  | { kind: 'discard' }
  /** `const x = await …` (one declarator): `id` is the pattern it declares. */
  | { kind: 'declare'; declKind: 'const' | 'let' | 'var'; id: Node };

export interface Site extends LibraryCall {
  sink: Sink | null;
  /** The statement holding the call (null for an arrow's expression body). */
  statement: Node | null;
  /** The innermost function around the call, null at the top level. */
  fn: Node | null;
  /** Nodes from the program down to the call. */
  ancestors: Node[];
}

export function findSites(program: Node, bindings: ModuleBindings): Site[] {
  const sites: Site[] = [];
  const stack: Node[] = [];
  const helpers = readPromisifiedHelpers(program, bindings);
  const visit = (node: Node) => {
    const call = node.type === 'CallExpression' ? readLibraryCall(node, bindings, helpers) : null;
    if (call) sites.push(locate(call, [...stack]));
    stack.push(node);
    forEachChild(node, visit);
    stack.pop();
  };
  visit(program);
  return sites;
}

function locate(call: LibraryCall, ancestors: Node[]): Site {
  const at = (up: number) => ancestors[ancestors.length - up];
  const fn = [...ancestors].reverse().find(isFunction) ?? null;
  const site = (sink: Sink | null, statement: Node | null): Site => ({ ...call, sink, statement, fn, ancestors });
  const parent = at(1);
  if (parent.type === 'ReturnStatement') return site({ kind: 'return' }, parent);
  if (parent.type === 'ArrowFunctionExpression' && parent.body === call.call) return site({ kind: 'return' }, null);
  if (parent.type === 'AwaitExpression') {
    const holder = at(2);
    if (holder.type === 'ReturnStatement') return site({ kind: 'return' }, holder);
    if (holder.type === 'ExpressionStatement') return site({ kind: 'discard' }, holder);
    const declaration = at(3);
    if (holder.type === 'VariableDeclarator' && holder.init === parent && declaration.declarations.length === 1) {
      return site({ kind: 'declare', declKind: declaration.kind, id: holder.id }, declaration);
    }
  }
  return site(null, parent.type === 'ExpressionStatement' ? parent : null);
}
