/**
 * Nodes parsed from short code snippets. recast prints a freshly built object pattern over
 * several lines (`const {\n  a\n} = …`); a parsed snippet keeps the one-line text it was written
 * with, which is what a person would write.
 */
import type { JSCodeshift } from 'jscodeshift';
import type { Node } from './ast';

/** `{ a, b: c }` as a destructuring pattern, one line. */
export function objectPattern(j: JSCodeshift, properties: Array<{ key: string; value: string }>): Node {
  const text = properties.map(({ key, value }) => (key === value ? key : `${key}: ${value}`)).join(', ');
  const declaration = j(`const { ${text} } = 0;`).get().node.program.body[0];
  return declaration.declarations[0].id;
}

/**
 * Written by a transform, not the user: parsed from a snippet (its `loc` points into other text)
 * or built from scratch (no `loc`). Its positions mean nothing in the file.
 */
export function isGenerated(node: Node, program: Node): boolean {
  const fileLines = program.loc?.lines;
  return !!fileLines && node.loc?.lines !== fileLines;
}
