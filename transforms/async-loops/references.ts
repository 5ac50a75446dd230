/** Where a name is used inside a function, with the path of nodes leading to each use. */
import { forEachChild, isFunction, isIdentifier, isPropertyName, patternNames, type Node } from '../lib/ast';

export interface Use {
  node: Node;
  /** From the searched root down to the use's parent. */
  ancestors: Node[];
}

/** Every variable use of `name` below `root` (property names, labels and type positions do not count). */
export function findUses(root: Node, name: string): Use[] {
  const uses: Use[] = [];
  const ancestors: Node[] = [];
  const visit = (node: Node) => {
    const parent = ancestors[ancestors.length - 1] ?? null;
    if (isIdentifier(node, name) && !isPropertyName(node, parent) && !isNonValuePosition(parent)) {
      uses.push({ node, ancestors: [...ancestors] });
      return;
    }
    if (/^TS/.test(node.type) && !/^TS(AsExpression|NonNullExpression|SatisfiesExpression|TypeAssertion)$/.test(node.type)) return;
    ancestors.push(node);
    forEachChild(node, visit);
    ancestors.pop();
  };
  visit(root);
  return uses;
}

function isNonValuePosition(parent: Node | null): boolean {
  if (!parent) return false;
  if (/^(LabeledStatement|BreakStatement|ContinueStatement)$/.test(parent.type)) return true;
  return parent.type === 'TSTypeAnnotation' || parent.type === 'TSTypeReference';
}

/**
 * `name` is declared somewhere inside `root` (a parameter, a variable, a nested function, a
 * catch): a function's own name does not count, its parameters do.
 */
export function isRedeclaredInside(root: Node, name: string): boolean {
  let found = false;
  const visit = (node: Node) => {
    if (found) return;
    if (isFunction(node)) {
      if (node !== root && isIdentifier(node.id, name)) found = true;
      if (node.params.some((param: Node) => patternNames(param).includes(name))) found = true;
    }
    if (node.type === 'VariableDeclarator' && patternNames(node.id).includes(name)) found = true;
    if ((node.type === 'ClassDeclaration' || node.type === 'ClassExpression') && isIdentifier(node.id, name)) found = true;
    if (node.type === 'CatchClause' && node.param && patternNames(node.param).includes(name)) found = true;
    if (node.type === 'ImportSpecifier' || node.type === 'ImportDefaultSpecifier') found ||= isIdentifier(node.local, name);
    forEachChild(node, visit);
  };
  visit(root);
  return found;
}

/** The name a function calls itself by: its own name, or the const it is bound to. */
export function selfName(fn: Node, parent: Node | null, declaration: Node | null): string | null {
  if (fn.id && isIdentifier(fn.id)) return fn.id.name;
  if (parent?.type === 'VariableDeclarator' && parent.init === fn && isIdentifier(parent.id) && declaration?.kind === 'const') return parent.id.name;
  return null;
}
