/**
 * One line per site or failure, `file:line:col  …`, so terminals and editors can jump to it.
 * The report model's columns are 0-based; printed locations are 1-based like every compiler's.
 */
import type { FileError, FileReport, Site } from '../../engine/report';
import type { Colors } from './colors';

export function formatLocation(file: string, line?: number, column?: number): string {
  if (!line) return file;
  return column === undefined ? `${file}:${line}` : `${file}:${line}:${column + 1}`;
}

/** `file:line:col  converted|skipped|note  code  message` */
export function formatSiteLine(file: string, site: Site, c: Colors): string {
  const kind = { converted: c.green, skipped: c.yellow, note: c.cyan }[site.kind](site.kind);
  return `${formatLocation(file, site.line, site.column)}  ${kind}  ${c.bold(site.code)}  ${site.message}`;
}

/** `file:line:col  code  message` */
export function formatFailureLine(file: string, error: FileError, c: Colors): string {
  return `${formatLocation(file, error.line, error.column)}  ${c.red(error.code)}  ${error.message}`;
}

export function siteLines(file: FileReport, c: Colors, kinds?: readonly Site['kind'][]): string[] {
  return [...file.sites]
    .filter((site) => !kinds || kinds.includes(site.kind))
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .map((site) => formatSiteLine(file.file, site, c));
}
