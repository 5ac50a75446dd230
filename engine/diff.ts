/**
 * Unified diff of one file's change, with `a/` and `b/` headers so `git apply` and `patch -p1`
 * take it. Lines are compared with their line endings: a CRLF file yields a patch whose lines
 * keep their `\r`, which applies cleanly; a change of line endings shows as changed lines.
 */
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';

/** `file`: the path shown in the headers (relative, forward slashes). */
export function unifiedDiff(file: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, {
    context: 3,
    headerOptions: FILE_HEADERS_ONLY,
  });
}
