/**
 * `<case>.report.json` pins the sites a transform reports: a list of `{ kind, code, line? }`.
 * Messages and columns are left out on purpose (wording may improve without breaking fixtures).
 * Either every entry has a `line` or none has; without lines, sites are compared by kind and code
 * only. Both sides are sorted by line, then code, then kind, so the file's order does not matter.
 */
import type { Site, SiteKind } from '../../engine/report';
import { readJson } from './fixture-cases';

export interface PinnedSite {
  kind: SiteKind;
  code: string;
  line?: number;
}

const KINDS: readonly SiteKind[] = ['converted', 'skipped', 'note'];
const KEYS = ['kind', 'code', 'line'];

export function readPinnedSites(file: string): PinnedSite[] {
  const value = readJson(file);
  if (!Array.isArray(value)) throw new Error(`${file}: expected a list of { kind, code, line? }`);
  value.forEach((entry, i) => validateEntry(entry, `${file}[${i}]`));
  const withLine = value.filter((entry) => entry.line !== undefined).length;
  if (withLine !== 0 && withLine !== value.length) throw new Error(`${file}: give "line" for every site or for none`);
  return sortSites(value as PinnedSite[]);
}

function validateEntry(entry: unknown, where: string): void {
  const site = entry as Record<string, unknown>;
  if (site === null || typeof site !== 'object') throw new Error(`${where}: expected an object`);
  const unknown = Object.keys(site).filter((key) => !KEYS.includes(key));
  if (unknown.length > 0) throw new Error(`${where}: unknown key(s) ${unknown.join(', ')}`);
  if (!KINDS.includes(site.kind as SiteKind)) throw new Error(`${where}: "kind" must be one of ${KINDS.join(', ')}`);
  if (typeof site.code !== 'string') throw new Error(`${where}: "code" must be a string`);
  if (site.line !== undefined && !Number.isInteger(site.line)) throw new Error(`${where}: "line" must be an integer`);
}

/** The sites in the pinned shape: with lines when the pinned list has them. */
export function projectSites(sites: readonly Site[], withLines: boolean): PinnedSite[] {
  return sortSites(sites.map(({ kind, code, line }) => (withLines ? { kind, code, line } : { kind, code })));
}

export function hasLines(pinned: readonly PinnedSite[]): boolean {
  return pinned.some((site) => site.line !== undefined);
}

function sortSites(sites: PinnedSite[]): PinnedSite[] {
  return [...sites].sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || a.code.localeCompare(b.code) || a.kind.localeCompare(b.kind),
  );
}
