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
 * The agreement, built up file by file (the first round adds each file as it finishes, and asks
 * for the entries of one file at a time, so the cost stays linear in the number of files).
 */
export class ExportAgreement {
  private readonly own = new Map<string, FileFacts['exports']>();
  // "file\0name" or "file\0*" -> where a caller needs the callback API / the synchronous result.
  private readonly callbackCallers = new Map<string, string>();
  private readonly blockers = new Map<string, string>();

  constructor(
    private readonly previous: ExportFacts = {},
    private readonly displayPath: (file: string) => string = (file) => file,
  ) {}

  add(file: string, facts: FileFacts | undefined): void {
    if (!facts) return;
    this.own.set(file, facts.exports);
    for (const use of facts.imports) {
      if (use.liftable || use.file === file) continue;
      this.note(use.valueUsed ? this.blockers : this.callbackCallers, use.file, use.name, `${this.displayPath(file)}:${use.line}`);
    }
  }

  /** A file of the run whose uses are unknown: every export it imports keeps a callback API. */
  addOpaque(file: string, targets: readonly string[]): void {
    for (const target of targets) this.note(this.callbackCallers, target, '*', `${this.displayPath(file)} (not transformed)`);
  }

  /** The entries of one exporting file. Keeping is final (see agreeOnExports). */
  entriesFor(file: string): Record<string, ExportedFunctionFacts> | undefined {
    const entries: Record<string, ExportedFunctionFacts> = {};
    for (const [name, entry] of Object.entries(this.previous[file] ?? {})) if (entry.keepReason) entries[name] = entry;
    for (const [name, own] of Object.entries(this.own.get(file) ?? {})) {
      if (entries[name]) continue;
      const asked = this.previous[file]?.[name]?.keepCallbackApi;
      if (!own.converts && asked) {
        // Asked to keep a callback API, its owner could not (it calls back synchronously, or is an
        // ES export declaration): it stays callback-style, for good.
        entries[name] = { convertsToAsync: false, resultCount: own.resultCount, keepReason: asked };
      }
      if (!own.converts) continue;
      const blockedAt = this.lookup(this.blockers, file, name);
      const callbackCaller = this.lookup(this.callbackCallers, file, name);
      entries[name] = blockedAt
        ? { convertsToAsync: false, resultCount: own.resultCount, keepReason: `its caller at ${blockedAt} uses its synchronous return value` }
        : callbackCaller
          ? { convertsToAsync: true, resultCount: own.resultCount, keepCallbackApi: `its caller at ${callbackCaller} still passes a callback` }
          : { convertsToAsync: true, resultCount: own.resultCount };
    }
    return Object.keys(entries).length > 0 ? entries : undefined;
  }

  all(): ExportFacts {
    const exports: ExportFacts = {};
    for (const file of new Set([...Object.keys(this.previous), ...this.own.keys()])) {
      const entries = this.entriesFor(file);
      if (entries) exports[file] = entries;
    }
    return exports;
  }

  private note(into: Map<string, string>, file: string, name: string, where: string): void {
    const key = `${file}\0${name}`;
    if (!into.has(key)) into.set(key, where);
  }

  private lookup(map: Map<string, string>, file: string, name: string): string | undefined {
    return map.get(`${file}\0${name}`) ?? map.get(`${file}\0*`);
  }
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
  const agreement = new ExportAgreement(previous, displayPath);
  for (const [file, fileFacts] of facts) agreement.add(file, fileFacts);
  for (const [file, targets] of opaqueImports) agreement.addOpaque(file, targets);
  return agreement.all();
}

/**
 * The export facts one file depends on: its own (a kept export must stay callback-style) and the
 * converting exports of the files it imports. Equal slices mean equal transformations.
 */
export function exportSlice(exports: ExportFacts | ExportAgreement, file: string, targets: readonly string[]): ExportFacts {
  if (exports instanceof ExportAgreement) {
    const known: ExportFacts = {};
    for (const target of [file, ...targets]) {
      const entries = exports.entriesFor(target);
      if (entries) known[target] = entries;
    }
    return exportSlice(known, file, targets);
  }
  const slice: ExportFacts = {};
  if (exports[file]) {
    const kept = Object.entries(exports[file]).filter(([, facts]) => facts.keepReason || facts.keepCallbackApi);
    if (kept.length) slice[file] = Object.fromEntries(kept);
  }
  for (const target of targets) {
    if (target === file || !exports[target]) continue;
    // An importer reads only whether a callee converts and its result count: why the owner keeps
    // a callback API too is the owner's business, and must not make every importer run again.
    const converting = Object.entries(exports[target])
      .filter(([, facts]) => facts.convertsToAsync)
      .map(([name, facts]) => [name, { convertsToAsync: true, resultCount: facts.resultCount }]);
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

/**
 * After too many rounds, exports still changing stay callback-style: the safe side. Keeping is
 * final, so from then on every round can only add keeps, and the rounds end.
 */
export function freezeUnsettled(previous: ExportFacts, next: ExportFacts): ExportFacts {
  const frozen: ExportFacts = {};
  for (const [file, names] of Object.entries(next)) {
    for (const [name, facts] of Object.entries(names)) {
      const before = previous[file]?.[name];
      const settled =
        before && before.convertsToAsync === facts.convertsToAsync && !!before.keepCallbackApi === !!facts.keepCallbackApi;
      (frozen[file] ??= {})[name] = settled
        ? facts
        : { convertsToAsync: false, resultCount: facts.resultCount, keepReason: 'its callers across files did not settle' };
    }
  }
  return frozen;
}
