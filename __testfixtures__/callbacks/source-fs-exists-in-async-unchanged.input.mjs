import fs from 'node:fs';

export async function ensureCacheDir(dir) {
  await fs.promises.mkdir(dir, { recursive: true });
  fs.exists(dir + '/.keep', (exists) => {
    if (!exists) console.log('cache dir is new:', dir);
  });
}
