/** Scope-aware renaming of one binding declared by a function (its parameters or body). */
import type { ASTPath, JSCodeshift } from 'jscodeshift';
import type { Node } from './ast';

/** True when the identifier at `path` names a variable, not a property key, label or type. */
export function isVariableIdentifier(path: ASTPath<Node>): boolean {
  const parent = path.parent?.node;
  const key = path.name;
  if (!parent) return true;
  switch (parent.type) {
    case 'MemberExpression':
    case 'OptionalMemberExpression':
      return key !== 'property' || parent.computed;
    case 'ObjectProperty':
    case 'Property':
    case 'ObjectMethod':
    case 'ClassMethod':
    case 'ClassProperty':
    case 'ClassPrivateProperty':
      return key !== 'key' || parent.computed;
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
    case 'MetaProperty':
      return false;
    default:
      return !/^TS/.test(parent.type) || parent.type === 'TSAsExpression' || parent.type === 'TSNonNullExpression' || parent.type === 'TSSatisfiesExpression' || parent.type === 'TSTypeAssertion';
  }
}

/**
 * Renames every identifier inside `fn` that refers to `oldName` as declared by `fn` itself
 * (nested functions that redeclare it keep theirs). `set` performs the edit (undoable).
 */
export function renameBinding(
  j: JSCodeshift,
  fn: Node,
  oldName: string,
  newName: string,
  set: (target: Node, key: string, value: unknown) => void,
): void {
  j(fn)
    .find(j.Identifier, { name: oldName })
    .forEach((path) => {
      if (!isVariableIdentifier(path)) return;
      const scope = path.scope?.lookup(oldName);
      if (!scope || scope.node !== fn) return;
      const parent = path.parent?.node;
      if (parent && (parent.type === 'ObjectProperty' || parent.type === 'Property') && parent.shorthand) {
        set(parent, 'shorthand', false);
        set(parent, 'value', j.identifier(newName));
        return;
      }
      set(path.node, 'name', newName);
    });
}
