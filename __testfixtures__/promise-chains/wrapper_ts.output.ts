import * as fsPromises from 'fs/promises';

export function listDir(dir: string): Promise<string[]> {
  return fsPromises.readdir(dir);
}
