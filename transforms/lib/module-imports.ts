/**
 * Adds the module bindings a rewrite needs (`fs/promises`, `util.promisify`, hoisted promisified
 * helpers) in the file's own style: `require` or `import`, with the `node:` prefix when the file
 * uses it. Reuses what the file already binds; every edit goes through the transaction.
 */
import type { JSCodeshift } from 'jscodeshift';
import { freshName, type Node } from './ast';
import type { ModuleBindings } from './module-bindings';
import { objectPattern } from './snippets';
import type { Transaction } from './transaction';

export class ModuleImports {
  private readonly added = new Map<string, Node>();
  private insertAt: number;

  constructor(
    private readonly j: JSCodeshift,
    private readonly program: Node,
    private readonly bindings: ModuleBindings,
    private readonly names: Set<string>,
    private readonly tx: Transaction,
  ) {
    this.insertAt = importsEnd(program);
  }

  /** An expression for the whole module, e.g. `fsPromises` for `fs/promises`. */
  namespace(module: string, preferredName: string): Node {
    const existing = this.findLocal(module, '*');
    if (existing) return this.j.identifier(existing);
    return this.memo(`${module}:*`, () => {
      const local = freshName(preferredName, this.names);
      const specifier = this.specifier(module);
      this.insert(
        this.bindings.usesImportSyntax
          ? this.j.importDeclaration([this.j.importNamespaceSpecifier(this.j.identifier(local))], this.j.stringLiteral(specifier))
          : this.j.variableDeclaration('const', [
              this.j.variableDeclarator(this.j.identifier(local), this.j.callExpression(this.j.identifier('require'), [this.j.stringLiteral(specifier)])),
            ]),
      );
      return this.j.identifier(local);
    });
  }

  /**
   * An expression for export `name` of `module`, e.g. `promisify` or `util.promisify`; a new
   * binding is called `preferredLocal` (`setTimeout` from `timers/promises` as `sleep`).
   */
  named(module: string, name: string, preferredLocal = name): Node {
    const existing = this.findLocal(module, name);
    if (existing) return this.j.identifier(existing);
    const whole = this.findLocal(module, '*');
    if (whole) return this.j.memberExpression(this.j.identifier(whole), this.j.identifier(name));
    return this.memo(`${module}:${name}`, () => {
      const local = freshName(preferredLocal, this.names);
      const specifier = this.specifier(module);
      const j = this.j;
      this.insert(
        this.bindings.usesImportSyntax
          ? j.importDeclaration([j.importSpecifier(j.identifier(name), j.identifier(local))], j.stringLiteral(specifier))
          : j.variableDeclaration('const', [
              j.variableDeclarator(
                objectPattern(j, [{ key: name, value: local }]),
                j.callExpression(j.identifier('require'), [j.stringLiteral(specifier)]),
              ),
            ]),
      );
      return j.identifier(local);
    });
  }

  /**
   * A module-level `const <name> = <init>` placed after the imports (and after `after`, the
   * statement that declares what `init` uses, when that comes later), created once per key.
   */
  hoist(key: string, preferredName: string, init: () => Node, after?: Node): Node {
    return this.memo(`hoist:${key}`, () => {
      const local = freshName(preferredName, this.names);
      const declaration = this.j.variableDeclaration('const', [this.j.variableDeclarator(this.j.identifier(local), init())]);
      const afterIndex = after ? this.program.body.indexOf(after) + 1 : 0;
      if (afterIndex > this.insertAt) {
        this.tx.splice(this.program.body, afterIndex, 0, declaration);
      } else {
        this.insert(declaration);
      }
      return this.j.identifier(local);
    });
  }

  /** A helper function declared once, after the imports, under a name the file does not use. */
  topLevelFunction(preferredName: string, build: () => Node): Node {
    return this.memo(`function:${preferredName}`, () => {
      const declaration = build();
      const local = freshName(preferredName, this.names);
      if (local !== preferredName) declaration.id = this.j.identifier(local);
      this.insert(declaration);
      return this.j.identifier(local);
    });
  }

  private insert(statement: Node): void {
    this.tx.splice(this.program.body, this.insertAt, 0, statement);
    this.insertAt += 1;
  }

  private memo(key: string, create: () => Node): Node {
    let node = this.added.get(key);
    if (!node) {
      node = create();
      this.added.set(key, node);
    }
    return this.j.identifier(node.name);
  }

  private findLocal(module: string, imported: string): string | undefined {
    for (const [local, binding] of this.bindings.byLocalName) {
      if (binding.module === module && binding.imported === imported && !this.bindings.shadowed.has(local)) return local;
    }
    return undefined;
  }

  private specifier(module: string): string {
    return this.bindings.usesNodePrefix ? `node:${module}` : module;
  }
}

/** Index after the leading run of imports and top-level `require` declarations. */
function importsEnd(program: Node): number {
  let end = 0;
  while (end < program.body.length && (program.body[end].type === 'ImportDeclaration' || isRequireDeclaration(program.body[end]))) end += 1;
  return end;
}

function isRequireDeclaration(statement: Node): boolean {
  return (
    statement.type === 'VariableDeclaration' &&
    statement.declarations.every((d: Node) => {
      let init = d.init;
      while (init && (init.type === 'MemberExpression' || (init.type === 'CallExpression' && init.callee.type === 'MemberExpression'))) {
        init = init.type === 'MemberExpression' ? init.object : init.callee.object;
      }
      return init?.type === 'CallExpression' && init.callee.type === 'Identifier' && init.callee.name === 'require';
    })
  );
}
