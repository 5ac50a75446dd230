/**
 * The `"type"` of the nearest package.json, as Node decides a `.js` file's module system: the
 * nearest package.json wins even without a `"type"` (then `commonjs`). Cached per directory for
 * one run; make a new lookup per run so edits between runs are seen.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PackageType } from './module-kind';

export type PackageTypeLookup = (file: string) => PackageType;

export function createPackageTypeLookup(): PackageTypeLookup {
  const byDir = new Map<string, PackageType>();

  const typeForDir = (dir: string): PackageType => {
    const cached = byDir.get(dir);
    if (cached) return cached;
    let type: PackageType;
    const manifest = readManifest(path.join(dir, 'package.json'));
    if (manifest !== undefined) type = manifest.type === 'module' ? 'module' : 'commonjs';
    else type = path.dirname(dir) === dir ? 'commonjs' : typeForDir(path.dirname(dir));
    byDir.set(dir, type);
    return type;
  };

  return (file) => typeForDir(path.dirname(file));
}

/** undefined: no package.json here; an unparsable one still ends the search, as in Node. */
function readManifest(file: string): { type?: unknown } | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const json = JSON.parse(text) as unknown;
    return typeof json === 'object' && json !== null ? (json as { type?: unknown }) : {};
  } catch {
    return {};
  }
}
