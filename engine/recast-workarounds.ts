/**
 * Work-arounds for recast's printing: two bugs hit when top-level statements are added (a shebang
 * line is printed after the first directive, so the output no longer parses; a directive gains a
 * second semicolon, `'use strict';;`), and one style it imposes (`function(` for every anonymous
 * function it reprints).
 */
import { walk, type Node } from '../transforms/lib/ast';

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

/**
 * recast prints an anonymous function it rewrote as `function(`/`async function(` (and
 * `function<T>(`), whatever the file writes. Where the file writes `function (` more often than
 * `function(`, those functions get the space back. A function is taken for one recast printed only
 * when its line appears nowhere in the source (an untouched line always does) and its header
 * (`async function(a, b)` up to its body) does not either (a function recast kept, on a line it
 * partly rewrote, is the file's own); and only at function expressions the parser found in the
 * output (`tree`, the parsed `printed`), never in strings or comments. Inserting a space after
 * `function` keeps the output parsing.
 */
export function restoreFunctionSpacing(printed: string, source: string, tree: unknown): string {
  if (!/\bfunction[(<]/.test(printed)) return printed;
  const spaced = source.match(/\bfunction [(<]/g)?.length ?? 0;
  const tight = source.match(/\bfunction[(<]/g)?.length ?? 0;
  if (spaced <= tight) return printed;
  const sourceLines = new Set(source.split('\n'));
  const insertAt: number[] = [];
  walk(tree, (node) => {
    if (node.type !== 'FunctionExpression' || node.id || node.generator || typeof node.start !== 'number' || typeof node.body?.start !== 'number') return;
    const header = printed.slice(node.start, node.body.start).trimEnd();
    const keyword = /^(async\s+)?function(?=[(<])/.exec(header);
    if (!keyword || source.includes(header)) return;
    const lineStart = printed.lastIndexOf('\n', node.start) + 1;
    const lineEnd = printed.indexOf('\n', node.start);
    if (sourceLines.has(printed.slice(lineStart, lineEnd < 0 ? undefined : lineEnd))) return;
    insertAt.push(node.start + keyword[0].length);
  });
  let result = printed;
  for (const at of insertAt.sort((a, b) => b - a)) result = `${result.slice(0, at)} ${result.slice(at)}`;
  return result;
}
