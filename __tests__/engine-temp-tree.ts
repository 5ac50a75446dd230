/** Temp directories with real files for the engine tests. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const made: string[] = [];

/** Creates a temp directory holding `files` (relative path -> content) and returns its real path. */
export function makeTree(files: Record<string, string | Buffer> = {}): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'awaitify-engine-')));
  made.push(root);
  writeFiles(root, files);
  return root;
}

export function writeFiles(root: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}

export function removeTrees(): void {
  for (const root of made.splice(0)) fs.rmSync(root, { recursive: true, force: true });
}

/** Whether a chmod 000 file is really unreadable here (not for root, which bypasses permissions). */
export function permissionsAreEnforced(): boolean {
  const dir = makeTree({ 'probe.txt': 'x' });
  const probe = path.join(dir, 'probe.txt');
  fs.chmodSync(probe, 0o000);
  try {
    fs.readFileSync(probe);
    return false;
  } catch {
    return true;
  } finally {
    fs.chmodSync(probe, 0o644);
  }
}
