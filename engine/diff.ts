/**
 * Unified diff of one file's change, with `a/` and `b/` headers so `git apply` and `patch -p1`
 * take it. Lines are compared with their line endings: a CRLF file yields a patch whose lines
 * keep their `\r`, which applies cleanly; a change of line endings shows as changed lines.
 *
 * The line matching is jest's `diff-sequences` (Myers' algorithm in linear space), about six times
 * faster than the `diff` package's `diffLines` on transformed files, where the changes are many
 * and spread out; the `diff` package formats the patch.
 */
import diffSequences from '@jest/diff-sequences';
import { formatPatch, FILE_HEADERS_ONLY, type StructuredPatchHunk } from 'diff';

const CONTEXT = 3;

/** `file`: the path shown in the headers (relative, forward slashes). */
export function unifiedDiff(file: string, before: string, after: string): string {
  return formatPatch(
    { oldFileName: `a/${file}`, newFileName: `b/${file}`, oldHeader: undefined, newHeader: undefined, hunks: lineHunks(before, after) },
    FILE_HEADERS_ONLY,
  );
}

/** Lines with their terminators, as the `diff` package splits them (`a\r\n`, a last line without `\n`). */
function splitLines(text: string): string[] {
  const lines = text.split(/(?<=\n)/);
  return lines[lines.length - 1] === '' ? lines.slice(0, -1) : lines;
}

/** One run of lines: kept (in both), or changed (removed from `before`, added in `after`). */
type Run = { kept: string[] } | { removed: string[]; added: string[] };

function lineRuns(before: string[], after: string[]): Run[] {
  const runs: Run[] = [];
  let a = 0;
  let b = 0;
  const changedUpTo = (aEnd: number, bEnd: number) => {
    if (aEnd > a || bEnd > b) runs.push({ removed: before.slice(a, aEnd), added: after.slice(b, bEnd) });
  };
  diffSequences(
    before.length,
    after.length,
    (i, j) => before[i] === after[j],
    (count, aCommon, bCommon) => {
      changedUpTo(aCommon, bCommon);
      const kept = before.slice(aCommon, aCommon + count);
      const last = runs[runs.length - 1];
      // Common stretches may come in pieces (with no change between them: it would be the last
      // run): one run each, so context is counted across them.
      if (last && 'kept' in last) last.kept.push(...kept);
      else runs.push({ kept });
      a = aCommon + count;
      b = bCommon + count;
    },
  );
  changedUpTo(before.length, after.length);
  return runs;
}

/**
 * Hunks with `CONTEXT` lines around each change; changes closer than twice that share a hunk.
 * A line without a final newline is followed by `\ No newline at end of file`.
 */
function lineHunks(beforeText: string, afterText: string): StructuredPatchHunk[] {
  const runs = lineRuns(splitLines(beforeText), splitLines(afterText));
  const hunks: StructuredPatchHunk[] = [];
  let hunk: StructuredPatchHunk | null = null;
  let oldLine = 1;
  let newLine = 1;
  runs.forEach((run, index) => {
    if (!('kept' in run)) {
      if (!hunk) {
        const previous = runs[index - 1];
        const lead = previous && 'kept' in previous ? previous.kept.slice(-CONTEXT) : [];
        hunk = { oldStart: oldLine - lead.length, oldLines: lead.length, newStart: newLine - lead.length, newLines: lead.length, lines: lead.map((l) => ' ' + l) };
      }
      hunk.lines.push(...run.removed.map((l) => '-' + l), ...run.added.map((l) => '+' + l));
      hunk.oldLines += run.removed.length;
      hunk.newLines += run.added.length;
      oldLine += run.removed.length;
      newLine += run.added.length;
      return;
    }
    const lines = run.kept;
    if (hunk) {
      const joinsNext = lines.length <= CONTEXT * 2 && index < runs.length - 1;
      const tail = joinsNext ? lines : lines.slice(0, CONTEXT);
      hunk.lines.push(...tail.map((l) => ' ' + l));
      hunk.oldLines += tail.length;
      hunk.newLines += tail.length;
      if (!joinsNext) {
        hunks.push(hunk);
        hunk = null;
      }
    }
    oldLine += lines.length;
    newLine += lines.length;
  });
  if (hunk) hunks.push(hunk);
  for (const found of hunks) found.lines = withoutNewlines(found.lines);
  return hunks;
}

function withoutNewlines(lines: string[]): string[] {
  return lines.flatMap((line) => (line.endsWith('\n') ? [line.slice(0, -1)] : [line, '\\ No newline at end of file']));
}
