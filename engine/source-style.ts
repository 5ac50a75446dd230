/**
 * What a file looks like, so new code printed by recast matches it: quotes, indentation, line
 * endings, byte-order mark.
 */

export interface SourceStyle {
  quote: 'single' | 'double';
  useTabs: boolean;
  tabWidth: number;
  lineTerminator: '\n' | '\r\n';
  hasBom: boolean;
}

const BOM = '\uFEFF';

export function stripBom(source: string): string {
  return source.startsWith(BOM) ? source.slice(1) : source;
}

export function restoreBom(code: string, style: SourceStyle): string {
  return style.hasBom && !code.startsWith(BOM) ? BOM + code : code;
}

export function detectStyle(source: string): SourceStyle {
  return {
    quote: detectQuote(source),
    ...detectIndent(source),
    lineTerminator: detectLineTerminator(source),
    hasBom: source.startsWith(BOM),
  };
}

/**
 * The majority line ending. recast ends every line it prints with one terminator, so a file that
 * mixes them cannot keep both; the majority changes the fewest lines.
 */
function detectLineTerminator(source: string): '\n' | '\r\n' {
  const crlf = source.match(/\r\n/g)?.length ?? 0;
  const lf = (source.match(/\n/g)?.length ?? 0) - crlf;
  return crlf > lf ? '\r\n' : '\n';
}

/** The majority quote of string literals that start a token (good enough: ties go to single). */
function detectQuote(source: string): 'single' | 'double' {
  const singles = source.match(/(^|[=(,:\s[{])'/gm)?.length ?? 0;
  const doubles = source.match(/(^|[=(,:\s[{])"/gm)?.length ?? 0;
  return doubles > singles ? 'double' : 'single';
}

/** Indentation from the smallest positive indent step seen on lines that open a new level. */
function detectIndent(source: string): { useTabs: boolean; tabWidth: number } {
  let tabs = 0;
  const widths = new Map<number, number>();
  let previous = 0;
  for (const line of source.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const indent = /^[ \t]*/.exec(line)![0];
    if (indent.startsWith('\t')) {
      tabs += 1;
      continue;
    }
    const width = indent.length;
    const step = width - previous;
    if (step > 0 && step <= 8) widths.set(step, (widths.get(step) ?? 0) + 1);
    previous = width;
  }
  let spaces = 0;
  let tabWidth = 2;
  let best = 0;
  for (const [width, count] of widths) {
    spaces += count;
    if (count > best) [best, tabWidth] = [count, width];
  }
  return { useTabs: tabs > spaces, tabWidth };
}
