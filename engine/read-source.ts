/**
 * Reads one file for the pipeline, or says why it will not be touched. Never throws: a file that
 * cannot be read is a failed file report, and the run goes on.
 */
import fs from 'node:fs';
import type { FileError } from './report';

export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Hand-written code has no line this long; minified bundles and generated code do. */
export const MINIFIED_LINE_LENGTH = 10_000;

export interface SourceFile {
  source: string;
  /** What the file looked like when read, to notice it changing before we write. */
  stamp: FileStamp;
}

export interface FileStamp {
  size: number;
  mtimeMs: number;
}

export type ReadResult = { ok: true; file: SourceFile } | { ok: false; error: FileError };

export function readSource(file: string, maxFileBytes = DEFAULT_MAX_FILE_BYTES): ReadResult {
  let bytes: Buffer;
  let stamp: FileStamp;
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const stat = fs.fstatSync(fd);
      if (!stat.isFile()) return failure('unreadable', 'not a regular file');
      // Checked before reading: a huge file is never loaded into memory.
      if (stat.size > maxFileBytes) {
        return failure('too-large', `${formatBytes(stat.size)} is over the ${formatBytes(maxFileBytes)} limit; file left untouched`);
      }
      bytes = fs.readFileSync(fd);
      stamp = { size: stat.size, mtimeMs: stat.mtimeMs };
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    return failure('unreadable', `cannot read file (${err.code ?? err.message})`);
  }

  const decoded = decodeSource(bytes);
  return decoded.ok ? { ok: true, file: { source: decoded.source, stamp } } : decoded;
}

export type DecodeResult = { ok: true; source: string } | { ok: false; error: FileError };

/**
 * The checks on a file's bytes, the same for a file on disk and for stdin: UTF-16, binary, not
 * UTF-8 or minified code is refused; anything else is the UTF-8 text, a BOM kept in it.
 */
export function decodeSource(bytes: Uint8Array): DecodeResult {
  if (hasUtf16Bom(bytes)) return failure('invalid-utf8', 'file is UTF-16 encoded; only UTF-8 is supported');
  if (bytes.includes(0)) return failure('binary', 'file contains NUL bytes; looks binary');
  let source: string;
  try {
    // ignoreBOM keeps a BOM in the text, so the pipeline sees it and puts it back.
    source = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return failure('invalid-utf8', 'file is not valid UTF-8');
  }
  const longest = longestLineLength(source);
  if (longest > MINIFIED_LINE_LENGTH) {
    return failure('minified', `a line of ${longest} characters looks minified or generated; file left untouched`);
  }
  return { ok: true, source };
}

/** True when the file on disk is no longer the one that was read (size or mtime moved). */
export function changedSince(file: string, stamp: FileStamp): boolean {
  try {
    const stat = fs.statSync(file);
    return stat.size !== stamp.size || stat.mtimeMs !== stamp.mtimeMs;
  } catch {
    return true;
  }
}

function failure(code: string, message: string): { ok: false; error: FileError } {
  return { ok: false, error: { code, message } };
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

function longestLineLength(source: string): number {
  let longest = 0;
  for (let start = 0; start <= source.length; ) {
    const end = source.indexOf('\n', start);
    const stop = end === -1 ? source.length : end;
    longest = Math.max(longest, stop - start);
    if (end === -1) break;
    start = end + 1;
  }
  return longest;
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
