import { readFile } from 'node:fs/promises';

export async function reload(file) {
  const text = await readFile(file, 'utf8');
  log('loaded', text.length);
  setTimeout(() => log('reload settled'), 50);
}
