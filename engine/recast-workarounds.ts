/**
 * Work-arounds for two recast printing bugs, both hit when code is inserted at the top of a file:
 * a shebang line is printed after the first directive (output no longer parses), and a directive
 * followed by a new statement gains a second semicolon (`'use strict';;`).
 */
import type { Node } from '../transforms/lib/ast';

export interface Shebang {
  text: string;
}

/**
 * Turns `#!…` into a comment of the same length (`//…`) so positions stay exact and recast keeps
 * it as a leading comment; `restoreShebang` puts it back.
 */
export function hideShebang(source: string): { source: string; shebang?: Shebang } {
  const match = /^#![^\r\n]*/.exec(source);
  if (!match) return { source };
  return { source: `//${source.slice(2)}`, shebang: { text: match[0] } };
}

export function restoreShebang(printed: string, shebang: Shebang | undefined): string {
  if (!shebang) return printed;
  const asComment = `//${shebang.text.slice(2)}`;
  const at = printed.indexOf(asComment);
  if (at === 0) return shebang.text + printed.slice(asComment.length);
  const without = at > 0 ? printed.slice(0, at) + printed.slice(at + asComment.length).replace(/^\r?\n/, '') : printed;
  return `${shebang.text}\n${without}`;
}

/**
 * When a statement was inserted before everything else, directives (`'use strict'`) become
 * ordinary first statements with their original text: same meaning, printed once.
 */
export function moveDirectivesIfTopChanged(j: { expressionStatement(e: Node): Node; stringLiteral(v: string): Node }, program: Node): void {
  const first = program.body[0];
  if (!program.directives?.length || !first || first.loc) return;
  const statements = program.directives.map((directive: Node) => {
    const literal = j.stringLiteral(directive.value.value);
    literal.extra = { raw: directive.value.extra?.raw ?? JSON.stringify(directive.value.value), rawValue: directive.value.value };
    const statement = j.expressionStatement(literal);
    statement.comments = directive.comments;
    return statement;
  });
  program.directives = [];
  program.body.unshift(...statements);
}
