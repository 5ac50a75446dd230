/**
 * Work-arounds for two recast printing bugs, both hit when top-level statements are added: a
 * shebang line is printed after the first directive (output no longer parses), and a directive
 * gains a second semicolon (`'use strict';;`).
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
 * recast reprints a file's directives with a second semicolon (`'use strict';;`) whenever the
 * top-level statement list changes; drop the extra one where the source did not have it.
 */
export function repairDirectiveSemicolons(printed: string, source: string, program: Node): string {
  let repaired = printed;
  for (const directive of program.directives ?? []) {
    const raw: string | undefined = directive.value?.extra?.raw;
    if (!raw || source.includes(`${raw};;`)) continue;
    repaired = repaired.replace(`${raw};;`, `${raw};`);
  }
  return repaired;
}
