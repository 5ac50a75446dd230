/** Picks the parser for a file and parses it into a jscodeshift Collection. */
import path from 'node:path';
import jscodeshift, { type Collection, type JSCodeshift } from 'jscodeshift';
import type { ParserName } from './options';
import type { FileError } from './report';

export type ConcreteParser = Exclude<ParserName, 'auto'>;

/** `.ts` needs the `ts` parser (`<T>x` casts); everything else parses with `tsx` (JSX + types). */
export function parserForFile(filename: string, requested: ParserName = 'auto'): ConcreteParser {
  if (requested !== 'auto') return requested;
  const ext = path.extname(filename).toLowerCase();
  return ext === '.ts' || ext === '.mts' || ext === '.cts' ? 'ts' : 'tsx';
}

const bound = new Map<ConcreteParser, JSCodeshift>();

export function jscodeshiftFor(parser: ConcreteParser): JSCodeshift {
  let j = bound.get(parser);
  if (!j) {
    j = jscodeshift.withParser(parser);
    bound.set(parser, j);
  }
  return j;
}

export class ParseError extends Error {
  constructor(readonly fileError: FileError) {
    super(fileError.message);
  }
}

export function parseSource(j: JSCodeshift, source: string): Collection<any> {
  try {
    return j(source);
  } catch (error) {
    throw new ParseError(toFileError('parse-error', error));
  }
}

/**
 * Syntax check only: the bare parser, without recast's token bookkeeping and tree copy (about
 * half the cost of `parseSource`). Throws ParseError.
 */
export function checkSyntax(parser: ConcreteParser, source: string): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const getParser = require('jscodeshift/src/getParser') as (name: string) => { parse(code: string): unknown };
  try {
    getParser(parser).parse(source);
  } catch (error) {
    throw new ParseError(toFileError('parse-error', error));
  }
}

/** Babel errors carry `loc` ({ line, column }); keep the message without its "(l:c)" suffix. */
export function toFileError(code: string, error: unknown): FileError {
  const err = error as { message?: string; loc?: { line: number; column: number } };
  const message = String(err?.message ?? error).replace(/\s*\(\d+:\d+\)$/, '');
  return err?.loc ? { code, message, line: err.loc.line, column: err.loc.column } : { code, message };
}
