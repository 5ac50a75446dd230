/**
 * What the top level of a file binds from other modules (`require` and `import`), and how it
 * writes module specifiers, so new imports follow the file's own style.
 */
import { isIdentifier, patternNames, walk, type Node } from './ast';
import type { ModuleKind } from './plugin';

export interface ModuleBinding {
  /** The module specifier without a `node:` prefix (`fs`, `./db`). */
  module: string;
  /** `*` for the whole module (`const fs = require('fs')`), else the imported name. */
  imported: string;
  /** The top-level statement that declares it. */
  statement: Node;
}

export interface ModuleBindings {
  byLocalName: Map<string, ModuleBinding>;
  /** Names declared more than once anywhere in the file (parameters, variables, functions). */
  shadowed: Set<string>;
  /** Names assigned anywhere (`x = …`, `x++`): a value read once may not stay the same. */
  reassigned: Set<string>;
  /** Every name the file declares or imports anywhere (a global of that name is shadowed somewhere). */
  declared: Set<string>;
  /**
   * New bindings are imports: the file is written as an ES module (imports or exports), or is one
   * by its extension or package type (a `.mjs` file with neither still cannot `require`).
   */
  usesImportSyntax: boolean;
  usesNodePrefix: boolean;
}

/** What the top-level name `name` binds from a module; undefined when it binds nothing, or when the name is declared more than once (it may mean another binding where it is used). */
export function moduleBindingOf(bindings: ModuleBindings, name: string): ModuleBinding | undefined {
  return bindings.shadowed.has(name) ? undefined : bindings.byLocalName.get(name);
}

export function requireSpecifier(node: Node): string | null {
  if (
    node?.type === 'CallExpression' &&
    isIdentifier(node.callee, 'require') &&
    node.arguments.length === 1 &&
    (node.arguments[0].type === 'StringLiteral' || (node.arguments[0].type === 'Literal' && typeof node.arguments[0].value === 'string'))
  ) {
    return node.arguments[0].value;
  }
  return null;
}

function stripNodePrefix(specifier: string): string {
  return specifier.startsWith('node:') ? specifier.slice(5) : specifier;
}

/** `moduleKind`: the file's, when known (ctx.moduleKind); otherwise only its syntax says. */
export function readModuleBindings(program: Node, moduleKind?: ModuleKind): ModuleBindings {
  const byLocalName = new Map<string, ModuleBinding>();
  let usesImportSyntax = false;
  let usesNodePrefix = false;
  const noteSpecifier = (specifier: string) => {
    if (specifier.startsWith('node:')) usesNodePrefix = true;
    return stripNodePrefix(specifier);
  };
  for (const statement of program.body) {
    if (statement.type === 'ImportDeclaration') {
      usesImportSyntax = true;
      if (statement.importKind === 'type') continue;
      const module = noteSpecifier(statement.source.value);
      for (const specifier of statement.specifiers ?? []) {
        if (specifier.importKind === 'type') continue;
        const imported =
          specifier.type === 'ImportSpecifier'
            ? (specifier.imported.name ?? specifier.imported.value)
            : specifier.type === 'ImportDefaultSpecifier'
              ? 'default'
              : '*';
        byLocalName.set(specifier.local.name, { module, imported, statement });
      }
    }
    if (statement.type !== 'VariableDeclaration') continue;
    for (const declarator of statement.declarations) {
      const specifier = requireSpecifier(declarator.init);
      if (specifier === null) continue;
      const module = noteSpecifier(specifier);
      if (isIdentifier(declarator.id)) byLocalName.set(declarator.id.name, { module, imported: '*', statement });
      if (declarator.id.type === 'ObjectPattern') {
        for (const property of declarator.id.properties) {
          if ((property.type === 'ObjectProperty' || property.type === 'Property') && isIdentifier(property.key) && isIdentifier(property.value)) {
            byLocalName.set(property.value.name, { module, imported: property.key.name, statement });
          }
        }
      }
    }
  }
  const esSyntax = usesImportSyntax || moduleKind === 'module' || program.body.some((s: Node) => /^Export(Named|Default|All)Declaration$/.test(s.type));
  // Read now, in one walk: a transform edits the tree after reading its bindings, and rolls its
  // edits back; what it checks must be the tree it read.
  const { seen, twice, assigned } = scanDeclarations(program);
  return { byLocalName, shadowed: twice, reassigned: assigned, declared: seen, usesImportSyntax: esSyntax, usesNodePrefix };
}

/** Every name the file declares or imports anywhere, for a transform that needs no other binding facts. */
export function namesDeclaredInFile(program: Node): Set<string> {
  return scanDeclarations(program).seen;
}

interface DeclarationScan {
  /** Every name declared or imported anywhere. */
  seen: Set<string>;
  /** Names declared more than once: a binding lookup by name alone is unsafe for them. */
  twice: Set<string>;
  /** Names assigned anywhere (`x = …`, `x++`). */
  assigned: Set<string>;
}

/** One walk for declarations and assignments. */
function scanDeclarations(program: Node): DeclarationScan {
  const seen = new Set<string>();
  const twice = new Set<string>();
  const assigned = new Set<string>();
  const declare = (pattern: Node) => {
    for (const name of patternNames(pattern)) (seen.has(name) ? twice : seen).add(name);
  };
  walk(program, (node) => {
    // An import is a declaration too: `import fs from 'fs'` and a parameter `fs` are two bindings.
    if (node.type === 'ImportDeclaration') for (const specifier of node.specifiers ?? []) declare(specifier.local);
    if (node.type === 'VariableDeclarator') declare(node.id);
    if (/^(Function|Class)(Declaration|Expression)$/.test(node.type) && node.id) declare(node.id);
    if (node.params) for (const param of node.params) declare(param);
    if (node.type === 'CatchClause' && node.param) declare(node.param);
    if (node.type === 'AssignmentExpression') for (const name of patternNames(node.left)) assigned.add(name);
    if (node.type === 'UpdateExpression' && isIdentifier(node.argument)) assigned.add(node.argument.name);
  });
  return { seen, twice, assigned };
}
