/**
 * Node core callback APIs and their promise forms. Only what is listed here is treated as a known
 * error-first API; everything else is recognised by the shape of its callback.
 */

/** `fs` functions whose `fs/promises` twin takes the same arguments and resolves the same value. */
export const FS_PROMISE_METHODS = new Set([
  'access', 'appendFile', 'chmod', 'chown', 'copyFile', 'cp', 'lchown', 'lutimes', 'link', 'lstat', 'mkdir',
  'mkdtemp', 'readdir', 'readFile', 'readlink', 'realpath', 'rename', 'rm', 'rmdir', 'stat', 'statfs',
  'symlink', 'truncate', 'unlink', 'utimes', 'writeFile', 'opendir',
]);

/**
 * Callbacks with several results, and the object util.promisify resolves for them (their custom
 * promisified forms).
 */
export const MULTI_RESULT_KEYS: Record<string, string[]> = {
  'child_process.exec': ['stdout', 'stderr'],
  'child_process.execFile': ['stdout', 'stderr'],
  'fs.read': ['bytesRead', 'buffer'],
  'fs.write': ['bytesWritten', 'buffer'],
  'dns.lookup': ['address', 'family'],
  'dns.lookupService': ['hostname', 'service'],
  'crypto.generateKeyPair': ['publicKey', 'privateKey'],
};

/** Core modules whose callback functions are error-first and promisify cleanly. */
const PROMISIFIABLE_MODULES = new Set(['fs', 'zlib', 'crypto', 'dns', 'child_process']);

/** Module members that take a callback that is not error-first, or that we must not touch. */
const NOT_ERROR_FIRST_MEMBERS = new Set(['fs.exists', 'fs.watch', 'fs.watchFile', 'fs.unwatchFile']);

/** `dns` functions whose `dns/promises` twin takes the same arguments and resolves the same value. */
export const DNS_PROMISE_METHODS = new Set([
  'lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx',
  'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt', 'reverse',
]);

/** `stream.pipeline` / `stream.finished` -> `stream/promises`. */
export const STREAM_PROMISE_METHODS = new Set(['pipeline', 'finished']);

export function isKnownCoreCallbackApi(module: string, member: string): boolean {
  const key = `${module}.${member}`;
  if (NOT_ERROR_FIRST_MEMBERS.has(key)) return false;
  if (module === 'stream') return STREAM_PROMISE_METHODS.has(member);
  if (module === 'fs') return !member.endsWith('Sync') && !/^create|Stream$|^watch/.test(member) && member !== 'constants';
  return PROMISIFIABLE_MODULES.has(module) && !member.endsWith('Sync') && !/^create|^get[A-Z]|^timingSafe|^webcrypto|^spawn$|^fork$/.test(member);
}
