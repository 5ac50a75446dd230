/**
 * Cross-file agreement. Converting `load(id, cb)` changes every caller, in every file: an export
 * becomes async only when every use of it elsewhere in the run was converted with it. Files are
 * transformed, their facts (exports that can convert, uses of imports) combined here into the
 * export facts, and files whose inputs changed are transformed again, until nothing changes.
 */
import type { ExportedFunctionFacts, FileFacts, ProjectFacts } from './project-facts';

export type ExportFacts = ProjectFacts['exports'];

/** Files that failed (unparsable, unreadable) keep calling whatever they import with callbacks. */
export interface RoundInput {
  facts: Map<string, FileFacts | undefined>;
  /** Files of the run whose uses are unknown (failed to read or parse), with what they import. */
  opaqueImports: Map<string, string[]>;
}

/**
 * Export facts implied by the files' own facts. Keeping is final: an export kept in an earlier
 * round stays kept (its owner now reports it as not converting), so rounds cannot oscillate.
 */
export function agreeOnExports(
  { facts, opaqueImports }: RoundInput,
  previous: ExportFacts = {},
  displayPath: (file: string) => string = (file) => file,
): ExportFacts {
  // "file\0name" or "file\0*" -> where a caller needs the callback API / the synchronous result.
  const callbackCallers = new Map<string, string>();
  const blockers = new Map<string, string>();
  const note = (into: Map<string, string>, file: string, name: string, where: string) => {
    const key = `${file}\0${name}`;
    if (!into.has(key)) into.set(key, where);
  };
  for (const [importer, fileFacts] of facts) {
    for (const use of fileFacts?.imports ?? []) {
      if (use.liftable || use.file === importer) continue;
      note(use.valueUsed ? blockers : callbackCallers, use.file, use.name, `${displayPath(importer)}:${use.line}`);
    }
  }
  for (const [importer, targets] of opaqueImports) {
    for (const target of targets) note(callbackCallers, target, '*', `${displayPath(importer)} (not transformed)`);
  }
  const lookup = (map: Map<string, string>, file: string, name: string) => map.get(`${file}\0${name}`) ?? map.get(`${file}\0*`);
  const exports: ExportFacts = {};
  for (const [file, names] of Object.entries(previous)) {
    for (const [name, entry] of Object.entries(names)) if (entry.keepReason) (exports[file] ??= {})[name] = entry;
  }
  for (const [file, fileFacts] of facts) {
    for (const [name, own] of Object.entries(fileFacts?.exports ?? {})) {
      if (exports[file]?.[name]) continue;
      const asked = previous[file]?.[name]?.keepCallbackApi;
      if (!own.converts && asked) {
        // Asked to keep a callback API, its owner could not (it calls back synchronously, or is an
        // ES export declaration): it stays callback-style, for good.
        (exports[file] ??= {})[name] = { convertsToAsync: false, resultCount: own.resultCount, keepReason: asked };
      }
      if (!own.converts) continue;
      const blockedAt = lookup(blockers, file, name);
      const callbackCaller = lookup(callbackCallers, file, name);
      const entry: ExportedFunctionFacts = blockedAt
        ? { convertsToAsync: false, resultCount: own.resultCount, keepReason: `its caller at ${blockedAt} uses its synchronous return value` }
        : callbackCaller
          ? { convertsToAsync: true, resultCount: own.resultCount, keepCallbackApi: `its caller at ${callbackCaller} still passes a callback` }
          : { convertsToAsync: true, resultCount: own.resultCount };
      (exports[file] ??= {})[name] = entry;
    }
  }
  return exports;
}

/**
 * The export facts one file depends on: its own (a kept export must stay callback-style) and the
 * converting exports of the files it imports. Equal slices mean equal transformations.
 */
export function exportSlice(exports: ExportFacts, file: string, targets: readonly string[]): ExportFacts {
  const slice: ExportFacts = {};
  if (exports[file]) {
    const kept = Object.entries(exports[file]).filter(([, facts]) => facts.keepReason || facts.keepCallbackApi);
    if (kept.length) slice[file] = Object.fromEntries(kept);
  }
  for (const target of targets) {
    if (target === file || !exports[target]) continue;
    const converting = Object.entries(exports[target]).filter(([, facts]) => facts.convertsToAsync);
    if (converting.length) slice[target] = Object.fromEntries(converting);
  }
  return slice;
}

/** A stable text form for comparing slices between rounds. */
export function sliceKey(slice: ExportFacts): string {
  return JSON.stringify(
    Object.keys(slice)
      .sort()
      .map((file) => [file, Object.keys(slice[file]).sort().map((name) => [name, slice[file][name]])]),
  );
}

/** After too many rounds, exports still changing stay callback-style: the safe side. */
export function freezeUnsettled(previous: ExportFacts, next: ExportFacts): ExportFacts {
  const frozen: ExportFacts = {};
  for (const [file, names] of Object.entries(next)) {
    for (const [name, facts] of Object.entries(names)) {
      const before = previous[file]?.[name];
      const settled = before && before.convertsToAsync === facts.convertsToAsync;
      (frozen[file] ??= {})[name] = settled
        ? facts
        : { convertsToAsync: false, resultCount: facts.resultCount, keepReason: 'its callers across files did not settle' };
    }
  }
  return frozen;
}
