import { readFile } from 'node:fs/promises';

import { setTimeout as sleep } from 'node:timers/promises';

export async function reload(file) {
  const text = await readFile(file, 'utf8');
  log('loaded', text.length);
  await sleep(50);
  log('reload settled');
}
