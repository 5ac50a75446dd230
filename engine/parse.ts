/** Picks the parser for a file and parses it into a jscodeshift Collection. */
import path from 'node:path';
import jscodeshift, { type Collection, type JSCodeshift, type Parser } from 'jscodeshift';
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

/**
 * `tabWidth`: the width the file is printed with. recast reuses a line's own leading whitespace
 * only when it measures the same at parse and print time; with different widths it rebuilds the
 * indentation of untouched lines, tabs inside template literals included.
 */
export function parseSource(j: JSCodeshift, source: string, tabWidth?: number): Collection<any> {
  try {
    return tabWidth === undefined ? j(source) : j(source, { tabWidth } as never);
  } catch (error) {
    throw new ParseError(toFileError('parse-error', error));
  }
}

/** A parsed file, with the parser that read it (the output is checked with the same one). */
export interface ParsedFile {
  root: Collection<any>;
  j: JSCodeshift;
  /** Parses `code` (the transformed output) and returns its tree; throws ParseError. */
  checkSyntax(code: string): unknown;
}

/**
 * Parses as a module first (jscodeshift's choice: strict mode); old CommonJS that only parses as
 * a non-strict script (legacy octal literals like `0755`, `with`) is read as a script instead.
 */
export function parseFile(parser: ConcreteParser, source: string, tabWidth?: number): ParsedFile {
  const j = jscodeshiftFor(parser);
  try {
    return { root: parseSource(j, source, tabWidth), j, checkSyntax: (code) => checkSyntax(parser, code) };
  } catch (error) {
    if (parser !== 'tsx' && parser !== 'ts') throw error;
    const scriptJ = jscodeshift.withParser(typescriptParser(parser, 'script', true));
    let root: Collection<any>;
    try {
      root = parseSource(scriptJ, source, tabWidth);
    } catch {
      throw error; // the module error is the one to report
    }
    return { root, j: scriptJ, checkSyntax: (code) => syntaxCheckWith(typescriptParser(parser, 'script', false), code) };
  }
}

const typescriptParsers = new Map<string, Parser>();

/**
 * jscodeshift's own `ts`/`tsx` parser options, with the source type given. `tokens`: recast needs
 * the token list to reprint; a syntax check does not, and parses about a third faster without.
 */
function typescriptParser(parser: 'tsx' | 'ts', sourceType: 'module' | 'script', tokens: boolean): Parser {
  const key = `${parser} ${sourceType} ${tokens}`;
  let found = typescriptParsers.get(key);
  if (!found) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const tsOptions = require('jscodeshift/parser/tsOptions') as { plugins: unknown[] };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const babel = require('@babel/parser') as { parse(code: string, options: unknown): ReturnType<Parser['parse']> };
    const options = { ...tsOptions, sourceType, tokens, plugins: parser === 'tsx' ? ['jsx', ...tsOptions.plugins] : tsOptions.plugins };
    found = { parse: (code: string) => babel.parse(code, options) };
    typescriptParsers.set(key, found);
  }
  return found;
}

function syntaxCheckWith(parser: { parse(code: string): unknown }, code: string): unknown {
  try {
    return parser.parse(code);
  } catch (error) {
    throw new ParseError(toFileError('parse-error', error));
  }
}

/**
 * Syntax check only: the bare parser, without recast's token bookkeeping and tree copy, and for
 * `ts`/`tsx` without a token list. Throws ParseError.
 */
export function checkSyntax(parser: ConcreteParser, source: string): unknown {
  if (parser === 'ts' || parser === 'tsx') return syntaxCheckWith(typescriptParser(parser, 'module', false), source);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const getParser = require('jscodeshift/src/getParser') as (name: string) => { parse(code: string): unknown };
  return syntaxCheckWith(getParser(parser), source);
}

/** Babel errors carry `loc` ({ line, column }); keep the message without its "(l:c)" suffix. */
export function toFileError(code: string, error: unknown): FileError {
  const err = error as { message?: string; loc?: { line: number; column: number } };
  const message = String(err?.message ?? error).replace(/\s*\(\d+:\d+\)$/, '');
  return err?.loc ? { code, message, line: err.loc.line, column: err.loc.column } : { code, message };
}
