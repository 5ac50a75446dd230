import * as fsPromises from 'node:fs/promises';

export async function listLogs(dir) {
  const names = await fsPromises.readdir(dir);
  return names.filter((name) => name.endsWith('.log')).sort();
}
