/** Finds every chain in a file and where its value goes (returned, awaited, or neither). */
import { forEachChild, isFunction, type Node } from '../lib/ast';
import { isChainCall } from './chain';

export type SinkKind = 'return' | 'discard' | 'declare';

export interface ChainSite {
  /** The outermost call of the chain. */
  call: Node;
  /** Where its value goes, or why it cannot be awaited in place. */
  sink: SinkKind | { skip: string; message: string };
  /** The statement the chain is part of (null for an arrow's expression body). */
  statement: Node | null;
  /** The function whose body holds it (an arrow for its expression body), null at the top level. */
  fn: Node | null;
  /** Nodes from the program down to the chain, for "inside what?" questions. */
  ancestors: Node[];
  /** `return await chain`: its rejection reached the `catch` of a `try` around it. */
  awaited: boolean;
}

/** Every outermost chain call, in source order (outer chains before the chains in their handlers). */
export function findChainSites(program: Node): ChainSite[] {
  const sites: ChainSite[] = [];
  const stack: Node[] = [];
  const visit = (node: Node) => {
    const parent = stack[stack.length - 1];
    if (isChainCall(node) && !isInnerLink(node, parent, stack[stack.length - 2])) sites.push(describe(node, [...stack]));
    stack.push(node);
    forEachChild(node, visit);
    stack.pop();
  };
  visit(program);
  return sites;
}

/** `a.then(f)` inside `a.then(f).then(g)`: the object of the next link's callee. */
function isInnerLink(call: Node, parent: Node | undefined, grandparent: Node | undefined): boolean {
  return parent?.type === 'MemberExpression' && parent.object === call && isChainCall(grandparent) && grandparent.callee === parent;
}

function describe(call: Node, ancestors: Node[]): ChainSite {
  const at = (up: number) => ancestors[ancestors.length - up];
  const fn = [...ancestors].reverse().find(isFunction) ?? null;
  const parent = at(1);
  const site = (sink: ChainSite['sink'], statement: Node | null, awaited = false): ChainSite => ({ call, sink, statement, fn, ancestors, awaited });
  if (parent.type === 'ReturnStatement') return site('return', parent);
  if (parent.type === 'ArrowFunctionExpression' && parent.body === call) return site('return', null);
  if (parent.type === 'AwaitExpression') {
    const holder = at(2);
    if (holder.type === 'ReturnStatement') return site('return', holder, true);
    if (holder.type === 'ArrowFunctionExpression' && holder.body === parent) return site('return', null, true);
    if (holder.type === 'ExpressionStatement') return site('discard', holder);
    const declaration = at(3);
    if (holder.type === 'VariableDeclarator' && holder.init === parent && declaration.declarations.length === 1 && declaration.kind !== 'var') {
      return site('declare', declaration);
    }
    return site({ skip: 'chain-value-used', message: 'the awaited chain is part of a larger expression' }, null);
  }
  if (parent.type === 'ExpressionStatement') {
    return site({ skip: 'chain-not-awaited', message: 'nothing waits for this chain; awaiting it would delay the code after it' }, parent);
  }
  return site({ skip: 'chain-value-used', message: 'the chain\'s promise is stored or passed on, not returned or awaited' }, null);
}
