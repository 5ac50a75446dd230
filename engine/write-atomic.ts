/**
 * Replaces a file's content atomically: write a temp file next to it (same directory, so the
 * rename cannot cross file systems), give it the original's mode (and owner, when allowed), then
 * rename it over the original. Readers see the old file or the new one, never a partial write; on
 * failure the temp file is removed and the original is untouched. A symbolic link is written
 * through: the link stays, its target gets the new content.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function writeFileAtomic(file: string, content: string): void {
  const target = fs.realpathSync(file);
  const original = fs.statSync(target);
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.awaitify-${process.pid}-${crypto.randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    const fd = fs.openSync(temp, 'wx', 0o600);
    try {
      fs.writeFileSync(fd, content);
      // fchmod, not the open mode: the umask would otherwise narrow it.
      fs.fchmodSync(fd, original.mode & 0o7777);
      keepOwner(fd, original);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/** Only a privileged process may give a file away; otherwise the writer owns the new file. */
function keepOwner(fd: number, original: fs.Stats): void {
  if (typeof process.getuid !== 'function') return;
  if (original.uid === process.getuid() && original.gid === process.getgid?.()) return;
  try {
    fs.fchownSync(fd, original.uid, original.gid);
  } catch {
    // Not permitted: the content still lands; ownership follows the writer, as with any editor.
  }
}
